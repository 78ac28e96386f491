from blog.models import Blog, Entry, Author
from django.db.models import F
qs = Entry.objects.order_by(F("rating").asc(nulls_first=True), "-id")
result = (str(qs.query), [e.id for e in qs])
