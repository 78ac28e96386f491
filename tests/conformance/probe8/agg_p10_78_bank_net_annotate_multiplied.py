from bank.models import Account, Transfer
from django.db.models import Sum
qs = Account.objects.annotate(net=Sum("incoming__amount") - Sum("outgoing__amount")).order_by("id")
result = (str(qs.query), [(a.owner, a.net) for a in qs])
