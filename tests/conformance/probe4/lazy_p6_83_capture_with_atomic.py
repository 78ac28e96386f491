from django.test.utils import CaptureQueriesContext
from django.db import connection, transaction
from bank.models import Account
with CaptureQueriesContext(connection) as ctx:
    with transaction.atomic():
        Account.objects.filter(pk=1).update(balance=0)
result = [q["sql"] for q in ctx.captured_queries]
