# copy.deepcopy() of an evaluated QuerySet does not copy the cache; copy.copy() shares it.
import copy
from blog.models import Blog

qs = Blog.objects.order_by("id")
list(qs)
d = copy.deepcopy(qs)
c = copy.copy(qs)
result = (d._result_cache is None, c._result_cache is not None, len(d), len(c))
