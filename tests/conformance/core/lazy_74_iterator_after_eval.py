# iterator() ignores the result cache and queries again.
from blog.models import Author

qs = Author.objects.order_by("id")
list(qs)
result = [a.id for a in qs.iterator()]
