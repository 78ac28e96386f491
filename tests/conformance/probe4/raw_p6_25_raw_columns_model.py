from blog.models import Blog
qs = Blog.objects.raw("SELECT id, name FROM blog_blog")
result = (qs.columns, qs.model.__name__, qs.params, qs.raw_query)
