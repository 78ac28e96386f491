# get() inside a loop is one query per call.
from bank.models import Account

balances = []
for pk in (1, 2, 3):
    balances.append(Account.objects.get(pk=pk).balance)
result = balances
