from bank.models import Account, Transfer
from django.db.models import FilteredRelation, Q, Sum
qs = Account.objects.annotate(big_out=FilteredRelation("outgoing", condition=Q(outgoing__amount__gte=20)), big_in=FilteredRelation("incoming", condition=Q(incoming__amount__gte=20))).annotate(o=Sum("big_out__amount"), i=Sum("big_in__amount")).order_by("id")
result = (str(qs.query), [(a.id, a.o, a.i) for a in qs])
