# exists() and count() never run the prefetch queries.
from blog.models import Blog

qs = Blog.objects.prefetch_related("entry_set__authors")
result = (qs.exists(), qs.count())
