from bank.models import Account, Transfer
a = Account.objects.get(pk=1)
b = Account.objects.get(pk=2)
t = Transfer.objects.create(source=a, target=b, amount=5)
result = (repr(t.created), repr(Transfer.objects.get(pk=t.pk).created))
