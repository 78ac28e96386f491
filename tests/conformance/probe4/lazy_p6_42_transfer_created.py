from bank.models import Account, Transfer
t = Transfer.objects.create(source_id=1, target_id=2, amount=5)
t2 = Transfer.objects.get(pk=t.pk)
result = (t.created, t2.created == t.created, str(t2.created))
