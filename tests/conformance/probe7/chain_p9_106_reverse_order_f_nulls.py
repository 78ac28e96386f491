from blog.models import Blog, Entry, Author
from django.db.models import F
qs = Entry.objects.order_by(F("rating").desc(nulls_last=True), "id").reverse()
result = str(qs.query)
