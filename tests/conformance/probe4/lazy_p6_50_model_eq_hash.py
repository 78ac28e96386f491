from blog.models import Blog
a = Blog.objects.get(pk=1)
b = Blog.objects.filter(pk=1).first()
result = (a == b, a is b, hash(a) == hash(b), a in [b], len({a, b}), Blog(name="x") == Blog(name="x"))
