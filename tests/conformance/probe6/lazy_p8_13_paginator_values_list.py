from django.core.paginator import Paginator
from blog.models import Entry
p = Paginator(Entry.objects.order_by("-pub_date", "id").values_list("headline", flat=True), 4)
result = (p.count, list(p.page(2)))
