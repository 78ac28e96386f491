# raw() without params leaves % alone; with params it must be %%.
from bank.models import Account

a = [x.owner for x in Account.objects.raw("SELECT * FROM bank_account WHERE owner LIKE '%o%' ORDER BY id")]
b = [x.owner for x in Account.objects.raw("SELECT * FROM bank_account WHERE owner LIKE '%%o%%' AND balance > %s ORDER BY id", [10])]
result = (a, b)
