from bank.models import Account, Transfer
from django.db.models import Sum
qs = Account.objects.annotate(out=Sum("outgoing__amount"), inn=Sum("incoming__amount")).order_by("id")
result = (str(qs.query), [(a.owner, a.out, a.inn) for a in qs])
