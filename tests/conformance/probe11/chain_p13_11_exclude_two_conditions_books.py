# exclude(a, b) is NOT (a AND b); exclude(a).exclude(b) is NOT a AND NOT b.
from books.models import Book

one_call = Book.objects.exclude(publisher_id=1, rating__gte=4.5)
two_calls = Book.objects.exclude(publisher_id=1).exclude(rating__gte=4.5)
result = (one_call.count(), two_calls.count(), str(one_call.query), str(two_calls.query))
