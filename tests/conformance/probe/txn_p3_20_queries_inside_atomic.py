# connection.queries inside and after an atomic block (BEGIN, the work, COMMIT).
from django.db import connection, reset_queries, transaction
from bank.models import Account

reset_queries()
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=5)
    inside = [q["sql"] for q in connection.queries]
after = [q["sql"] for q in connection.queries]
result = (inside, after)
