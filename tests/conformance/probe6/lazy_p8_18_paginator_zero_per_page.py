from django.core.paginator import Paginator
p = Paginator([1, 2, 3], 0)
p.num_pages
