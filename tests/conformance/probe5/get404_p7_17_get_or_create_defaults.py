from blog.models import Blog
b, created = Blog.objects.get_or_create(name="New One", defaults={"tagline": "fresh"})
c, created2 = Blog.objects.get_or_create(name="New One", defaults={"tagline": "other"})
result = (created, created2, c.tagline, b.pk == c.pk)
