from django.db import transaction, connection, reset_queries
from bank.models import Account
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    inside = [q["sql"] for q in connection.queries]
result = inside
