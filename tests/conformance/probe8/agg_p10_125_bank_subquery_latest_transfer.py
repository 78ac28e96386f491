from bank.models import Account, Transfer
from django.db.models import OuterRef, Subquery, Q
last = Transfer.objects.filter(Q(source=OuterRef("pk")) | Q(target=OuterRef("pk"))).order_by("-created").values("amount")[:1]
qs = Account.objects.annotate(last=Subquery(last)).order_by("id")
result = (str(qs.query), [(a.id, a.last) for a in qs])
