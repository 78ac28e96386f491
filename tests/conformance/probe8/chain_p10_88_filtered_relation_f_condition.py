from bank.models import Account, Transfer
from django.db.models import FilteredRelation, Q, F, Count
qs = Account.objects.annotate(back=FilteredRelation("incoming", condition=Q(incoming__amount__lt=F("balance")))).annotate(n=Count("back")).order_by("id")
result = (str(qs.query), [(a.id, a.n) for a in qs])
