from django.core.paginator import Paginator
from blog.models import Entry
p = Paginator(Entry.objects.order_by("id"), 4)
page = p.page(3)
result = (page[-1].id, [e.id for e in page[1:3]], page["a"] if False else None)
