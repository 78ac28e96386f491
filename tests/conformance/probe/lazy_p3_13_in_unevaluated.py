# `obj in qs` on an unevaluated QuerySet loads every row, then the cache answers a second `in`.
from blog.models import Entry

e = Entry.objects.get(pk=3)
qs = Entry.objects.filter(blog_id=1)
result = (e in qs, Entry.objects.get(pk=1) in qs)
