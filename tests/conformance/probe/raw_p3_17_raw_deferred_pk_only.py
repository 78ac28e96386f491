# raw() selecting only the pk: every other field is deferred and loads on access.
from blog.models import Blog

bs = list(Blog.objects.raw("SELECT id FROM blog_blog WHERE id IN (1, 2) ORDER BY id"))
result = [(sorted(b.get_deferred_fields()), b.name) for b in bs]
