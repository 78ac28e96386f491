from blog.models import Blog
qs = Blog.objects.raw("SELECT id, name AS title FROM blog_blog WHERE id = 1", translations={"nope": "tagline", "title": "name"})
b = list(qs)[0]
result = (b.name, b.tagline)
