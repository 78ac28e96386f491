# RawQuerySet.columns, .model, .params, str().
from bank.models import Account

rq = Account.objects.raw("SELECT id, owner FROM bank_account WHERE balance > %s", [10])
result = (rq.columns, rq.model.__name__, rq.params, str(rq), repr(rq))
