# django.db's connection is Django's ConnectionProxy; connections[alias]
# is the DatabaseWrapper itself.
from django.db import connection, connections, router, DEFAULT_DB_ALIAS, transaction
from blog.models import Entry
print(type(connection).__name__, type(connections["default"]).__name__)
print(repr(connections["default"]), connections.all())
print(list(connections), "default" in connections, list(connections.databases))
print(connection == connections["default"], connection.alias, connection.vendor)
print(router.db_for_read(Entry), router.db_for_write(Entry), DEFAULT_DB_ALIAS)
print(transaction.get_connection() is connections["default"])
try:
    with transaction.atomic(using="replica"):
        pass
except Exception as e:
    print(type(e).__name__, e)
n = len(connection.queries)
Entry.objects.filter(pk=1).exists()
print(len(connection.queries) - n, len(connections["default"].queries) - n)
result = n
