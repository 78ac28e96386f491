from django.core.paginator import Paginator
p = Paginator([1, 2, 3], "2")
result = (p.num_pages, list(p.page("2")), p.per_page)
