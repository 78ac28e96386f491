from django.core.paginator import Paginator
page = Paginator([1, 2, 3], 2).page(1)
page["x"]
