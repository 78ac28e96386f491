# RawQuerySet.columns and model_fields.
from blog.models import Blog

qs = Blog.objects.raw("SELECT id, name AS title FROM blog_blog", translations={"title": "name"})
result = (qs.columns, sorted(qs.model_fields))
