from bank.models import Account, Transfer
from django.db.models import Sum, OuterRef, Subquery, Value, F
from django.db.models.functions import Coalesce
out = Transfer.objects.filter(source=OuterRef("pk")).values("source").annotate(s=Sum("amount")).values("s")
inn = Transfer.objects.filter(target=OuterRef("pk")).values("target").annotate(s=Sum("amount")).values("s")
qs = Account.objects.annotate(out=Coalesce(Subquery(out), Value(0)), inn=Coalesce(Subquery(inn), Value(0))).annotate(net=F("inn") - F("out")).order_by("id")
result = (str(qs.query), [(a.owner, a.out, a.inn, a.net) for a in qs])
