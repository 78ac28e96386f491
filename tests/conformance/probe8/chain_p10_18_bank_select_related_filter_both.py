from bank.models import Account, Transfer
qs = Transfer.objects.select_related("source", "target").filter(source__balance__gt=50).filter(target__owner__in=["Alice", "Bob"]).order_by("-amount")
result = (str(qs.query), [(t.id, t.source.owner, t.target.owner) for t in qs])
