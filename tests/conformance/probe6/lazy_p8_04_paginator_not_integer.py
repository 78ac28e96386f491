from django.core.paginator import Paginator, PageNotAnInteger, InvalidPage
from blog.models import Entry
p = Paginator(Entry.objects.order_by("id"), 5)
out = []
for n in ("abc", None, 0, -1, "2", 2.0, 2.5):
    try:
        out.append(p.page(n).number)
    except InvalidPage as e:
        out.append((type(e).__name__, str(e)))
result = out
