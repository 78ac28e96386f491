from bank.models import Account, Transfer
from django.db.models import Exists, OuterRef, Subquery
inner = Transfer.objects.filter(source__in=Account.objects.filter(incoming__amount__gt=0)).filter(target=OuterRef("pk")).values("amount")[:1]
qs = Account.objects.annotate(x=Subquery(inner)).order_by("id")
result = (str(qs.query), [(a.id, a.x) for a in qs])
