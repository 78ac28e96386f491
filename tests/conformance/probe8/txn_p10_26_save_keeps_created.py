from bank.models import Account, Transfer
t = Transfer.objects.get(pk=1)
c = t.created
t.amount = 26
t.save()
t2 = Transfer.objects.create(source_id=1, target_id=2, amount=1)
result = (Transfer.objects.get(pk=1).created == c, str(c), str(t2.created), t2.created.tzinfo is None)
