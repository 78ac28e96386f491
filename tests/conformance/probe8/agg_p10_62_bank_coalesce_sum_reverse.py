from bank.models import Account, Transfer
from django.db.models import Sum, Value
from django.db.models.functions import Coalesce
qs = Account.objects.annotate(out=Coalesce(Sum("outgoing__amount"), Value(0))).order_by("id")
result = (str(qs.query), [(a.owner, a.out) for a in qs])
