from django.core.paginator import Paginator
from blog.models import Entry
p = Paginator(Entry.objects.filter(blog_id=1).order_by("id").values("id", "rating"), 2, orphans=1)
result = (p.count, p.num_pages, list(p.page(p.num_pages)))
