from django.core.paginator import Paginator
from blog.models import Entry
p = Paginator(Entry.objects.filter(rating__gte=2).order_by("pub_date"), 3, orphans=1)
page = p.page(p.num_pages)
result = [e.id for e in page]
