from bank.models import Account, Transfer
qs = Transfer.objects.select_related("source", "target").order_by("id")
result = (str(qs.query), [(t.source.owner, t.target.owner, t.amount) for t in qs])
