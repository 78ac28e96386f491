from bank.models import Account
objs = Account.objects.bulk_create([Account(owner=f"U{i}", balance=i) for i in range(3)])
result = ([o.pk for o in objs], Account.objects.count())
