from bank.models import Account, Transfer
from django.db.models import Count
qs = Account.objects.annotate(partners=Count("outgoing__target", distinct=True) + Count("incoming__source", distinct=True)).order_by("id")
result = (str(qs.query), [(a.id, a.partners) for a in qs])
