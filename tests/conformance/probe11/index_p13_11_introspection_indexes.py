# The indexes Django created on bank_transfer, seen through introspection.
from django.db import connection

with connection.cursor() as cursor:
    cons = connection.introspection.get_constraints(cursor, "bank_transfer")
result = sorted((sorted(v["columns"]), v["index"], v["primary_key"], v["unique"]) for v in cons.values())
