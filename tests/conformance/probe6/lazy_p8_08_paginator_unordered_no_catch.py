from django.core.paginator import Paginator
from blog.models import Entry
p = Paginator(Entry.objects.filter(rating__gte=3), 4)
result = (p.count, [e.id for e in p.page(1)])
