from django.core.paginator import Paginator, EmptyPage
from blog.models import Entry
p = Paginator(Entry.objects.order_by("id"), 5)
try:
    p.page(999)
except EmptyPage as e:
    result = (type(e).__name__, str(e))
