# exists() before iterating runs a cheap query; after bool() the cache answers.
from blog.models import Entry

qs = Entry.objects.filter(rating=10)
a = qs.exists()
b = bool(qs)
c = qs.exists()
result = (a, b, c)
