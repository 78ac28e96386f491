from django.core.paginator import Paginator
p = Paginator(range(200), 5)
result = (list(p.get_elided_page_range(1)), list(p.get_elided_page_range(20)), list(p.get_elided_page_range(40, on_each_side=1, on_ends=1)), Paginator.ELLIPSIS)
