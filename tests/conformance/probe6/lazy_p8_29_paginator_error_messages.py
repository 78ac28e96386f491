from django.core.paginator import Paginator, EmptyPage
p = Paginator([1, 2], 1, error_messages={"no_results": "Page does not exist"})
try:
    p.page(5)
except EmptyPage as e:
    result = (str(e), p.error_messages["min_page"])
