from bank.models import Account, Transfer
qs = Transfer.objects.exclude(source__owner="Dave").exclude(target__owner="Dave").order_by("id")
result = (str(qs.query), [t.id for t in qs])
