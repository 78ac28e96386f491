from bank.models import Account, Transfer
from django.db.models import FilteredRelation, Q, Count, Sum
qs = Account.objects.annotate(big=FilteredRelation("outgoing", condition=Q(outgoing__amount__gt=15))).values("owner").annotate(n=Count("big"), s=Sum("big__amount")).order_by("owner")
result = (str(qs.query), list(qs))
