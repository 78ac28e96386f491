from blog.models import Blog
qs = Blog.objects.raw("SELECT * FROM blog_blog ORDER BY id")
result = (qs[1].name, len(list(qs)))
