from django.core.paginator import Paginator
p = Paginator(list("abcdefg"), 3)
page = p.page(1)
page.previous_page_number()
