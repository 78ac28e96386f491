# Pickling a values_list() QuerySet evaluates it; the copy answers with no query.
import pickle
from books.models import Book

qs = Book.objects.filter(pages__gt=800).order_by("id").values_list("name", flat=True)
qs2 = pickle.loads(pickle.dumps(qs))
result = (list(qs2), qs2._result_cache is not None, list(qs) == list(qs2))
