from blog.models import Blog, Entry, Author
from django.db.models import F
qs = Entry.objects.order_by(F("rating").desc(nulls_last=True), "id")
result = (str(qs.query), [e.id for e in qs])
