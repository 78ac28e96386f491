# atomic(savepoint=False) nested: no SAVEPOINT statements; an error dooms the outer block.
from django.db import connection, reset_queries, transaction
from bank.models import Account

reset_queries()
try:
    with transaction.atomic():
        Account.objects.filter(pk=1).update(balance=5)
        try:
            with transaction.atomic(savepoint=False):
                raise ValueError("inner")
        except ValueError:
            pass
        Account.objects.count()
except Exception as e:
    err = (type(e).__name__, str(e))
result = (err, [q["sql"] for q in connection.queries])
