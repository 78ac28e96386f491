# Q objects combined with functools.reduce / operator.or_.
import operator
from functools import reduce
from django.db.models import Q
from bank.models import Account

names = ["Alice", "Carol", "Zed"]
cond = reduce(operator.or_, [Q(owner=n) for n in names])
qs = Account.objects.filter(cond).order_by("id")
result = (list(qs.values_list("owner", flat=True)), str(qs.query))
