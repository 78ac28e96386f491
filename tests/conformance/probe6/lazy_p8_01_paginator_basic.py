from django.core.paginator import Paginator
from blog.models import Entry
p = Paginator(Entry.objects.order_by("id"), 5)
page = p.page(2)
result = (p.count, p.num_pages, list(p.page_range), [e.id for e in page], page.number, page.has_next(), page.has_previous(), page.start_index(), page.end_index(), repr(page))
