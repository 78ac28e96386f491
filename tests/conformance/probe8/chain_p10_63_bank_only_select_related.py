from bank.models import Account, Transfer
qs = Transfer.objects.select_related("source").only("amount", "source__owner").order_by("id")
result = (str(qs.query), [(t.amount, t.source.owner) for t in qs])
