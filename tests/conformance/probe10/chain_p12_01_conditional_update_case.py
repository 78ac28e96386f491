from django.db import connection
from django.db.models import Case, When, Value, F
from blog.models import Entry
n = Entry.objects.filter(blog_id=2).update(rating=Case(When(number_of_comments__gte=10, then=F("rating") + 1), When(number_of_comments__lt=3, then=Value(0)), default=F("rating")))
result = (n, list(Entry.objects.filter(blog_id=2).order_by("id").values_list("number_of_comments", "rating")), connection.queries[0]["sql"])
