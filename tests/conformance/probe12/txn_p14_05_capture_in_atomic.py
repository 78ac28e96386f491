# CaptureQueriesContext inside a rolled-back atomic block.
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from bank.models import Account

try:
    with transaction.atomic():
        with CaptureQueriesContext(connection) as ctx:
            Account.objects.create(owner="Zed", balance=3)
        raise RuntimeError("undo")
except RuntimeError:
    pass
result = ([q["sql"] for q in ctx.captured_queries], Account.objects.filter(owner="Zed").count())
