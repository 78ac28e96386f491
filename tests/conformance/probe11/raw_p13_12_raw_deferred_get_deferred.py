# get_deferred_fields() of a raw() instance lists what was not selected.
from bank.models import Account

a = list(Account.objects.raw("SELECT id, owner FROM bank_account ORDER BY id"))[0]
result = (sorted(a.get_deferred_fields()), a.owner, a.balance, sorted(a.get_deferred_fields()))
