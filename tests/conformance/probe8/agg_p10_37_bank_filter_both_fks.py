from bank.models import Account, Transfer
qs = Transfer.objects.filter(source__owner="Dave", target__owner="Alice")
result = (str(qs.query), [t.id for t in qs])
