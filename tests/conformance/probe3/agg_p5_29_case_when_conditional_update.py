# conditional update with Case/When.
from django.db import connection, reset_queries
from django.db.models import Case, F, Value, When
from blog.models import Entry

reset_queries()
n = Entry.objects.update(rating=Case(When(number_of_comments__gt=10, then=F("rating") + 1), When(number_of_comments=0, then=Value(0)), default=F("rating")))
result = (n, list(Entry.objects.order_by("pk").values_list("rating", flat=True)[:10]), connection.queries[0]["sql"])
