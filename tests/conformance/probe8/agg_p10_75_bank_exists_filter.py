from bank.models import Account, Transfer
from django.db.models import Exists, OuterRef
qs = Account.objects.filter(Exists(Transfer.objects.filter(source=OuterRef("pk"), target__owner="Bob"))).order_by("id")
qs2 = Account.objects.filter(~Exists(Transfer.objects.filter(target=OuterRef("pk")))).order_by("id")
result = (str(qs.query), [a.owner for a in qs], str(qs2.query), [a.owner for a in qs2])
