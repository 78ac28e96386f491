# copy.deepcopy of an evaluated QuerySet does not copy the cache; copy.copy does.
import copy
from bank.models import Account

qs = Account.objects.order_by("id")
list(qs)
deep = copy.deepcopy(qs)
shallow = copy.copy(qs)
result = (deep._result_cache, shallow._result_cache is not None, [a.owner for a in deep])
