from blog.models import Blog
b, created = Blog.objects.update_or_create(name="Beatles Blog", defaults={"tagline": "updated"})
result = (created, b.pk, Blog.objects.get(pk=1).tagline)
