# __regex on a float column: str(float) is what is searched (30.0 has a ".0").
from books.models import Book

result = list(Book.objects.filter(price__regex=r"\.0$").values_list("id", "price").order_by("id"))
