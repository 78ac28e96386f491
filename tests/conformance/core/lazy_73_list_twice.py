# list(qs) twice: one query.
from blog.models import Author

qs = Author.objects.order_by("name")
a = list(qs)
b = list(qs)
result = (a, a == b)
