from django.db import connection, reset_queries
from django.conf import settings
from django.core.paginator import Paginator
from blog.models import Entry
reset_queries()
p = Paginator(Entry.objects.order_by("id"), 5)
p.count; p.count; p.num_pages; p.page_range
result = [q["sql"] for q in connection.queries]
