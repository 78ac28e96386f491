from blog.models import Blog
Blog.objects.create(name="a_b", tagline="x")
Blog.objects.create(name="axb", tagline="y")
qs = Blog.objects.filter(name__endswith="_b")
result = (str(qs.query), list(qs.values_list("name", flat=True)))
