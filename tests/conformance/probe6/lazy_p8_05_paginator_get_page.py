from django.core.paginator import Paginator
from blog.models import Entry
p = Paginator(Entry.objects.order_by("id"), 5)
result = [p.get_page(n).number for n in ("abc", None, 0, 999, "3", -4)]
