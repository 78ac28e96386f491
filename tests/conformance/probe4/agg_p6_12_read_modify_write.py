from bank.models import Account
a = Account.objects.get(pk=1)
a.balance = a.balance - 30
a.save()
result = Account.objects.values_list("balance", flat=True).get(pk=1)
