# raw query without the primary key.
from bank.models import Account

try:
    list(Account.objects.raw("SELECT owner FROM bank_account"))
except Exception as e:
    result = (type(e).__name__, str(e))
