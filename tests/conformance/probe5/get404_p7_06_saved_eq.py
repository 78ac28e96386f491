from blog.models import Blog, Author
a = Blog.objects.get(pk=1)
b = Blog.objects.get(pk=1)
c = Author.objects.get(pk=1)
result = (a == b, hash(a) == hash(b), a == c, a != b, len({a, b}))
