from blog.models import Blog
b = Blog.objects.get(pk=1)
d = {k: v for k, v in vars(b).items() if k != "_state"}
result = (d, b._state.adding, b._state.db)
