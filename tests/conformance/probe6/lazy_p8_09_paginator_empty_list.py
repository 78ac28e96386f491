from django.core.paginator import Paginator, EmptyPage
from blog.models import Entry
p = Paginator(Entry.objects.filter(pk__gt=9999).order_by("id"), 5)
a = (p.count, p.num_pages, list(p.page_range), list(p.page(1)))
q = Paginator(Entry.objects.filter(pk__gt=9999).order_by("id"), 5, allow_empty_first_page=False)
try:
    q.page(1)
except EmptyPage as e:
    b = str(e)
result = (a, b, q.num_pages)
