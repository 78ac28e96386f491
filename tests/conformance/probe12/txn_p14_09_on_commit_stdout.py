# on_commit callbacks writing to sys.stdout.
import sys
from functools import partial
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    transaction.on_commit(partial(sys.stdout.write, "committed\n"))
    sys.stdout.write("inside\n")
result = "after"
