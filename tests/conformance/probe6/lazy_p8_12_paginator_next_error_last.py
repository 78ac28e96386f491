from django.core.paginator import Paginator, EmptyPage
p = Paginator(list("abcdefg"), 3)
page = p.page(3)
try:
    page.next_page_number()
except EmptyPage as e:
    result = (str(e), list(page), page.start_index(), page.end_index(), p.page(2).previous_page_number())
