from bank.models import Account, Transfer
t = Transfer.objects.create(source_id=1, target_id=2, amount="5")
result = (t.amount, type(t.amount).__name__, Transfer.objects.get(pk=t.pk).amount)
