from django.core.paginator import Paginator
p = Paginator(list(range(23)), 10, orphans=3)
q = Paginator(list(range(23)), 10, orphans=2)
result = (p.num_pages, list(p.page(2)), q.num_pages, list(q.page(3)), p.page(2).end_index())
