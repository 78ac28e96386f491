# get_or_create() creates inside a transaction with a savepoint.
from blog.models import Blog

obj, created = Blog.objects.get_or_create(name="Brand New", defaults={"tagline": "hello"})
result = (obj.pk, obj.tagline, created)
