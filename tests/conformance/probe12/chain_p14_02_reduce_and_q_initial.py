# reduce with operator.and_ and an initial Q().
import operator
from functools import reduce
from django.db.models import Q
from bank.models import Account

filters = {"balance__gte": 10, "owner__icontains": "a"}
cond = reduce(operator.and_, (Q(**{k: v}) for k, v in filters.items()), Q())
qs = Account.objects.filter(cond)
result = (repr(cond), str(qs.query))
