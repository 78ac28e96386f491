from blog.models import Blog
a = Blog(name="a")
b = Blog(name="a")
try:
    hash(a)
    h = "hashable"
except TypeError as e:
    h = str(e)
result = (a == b, a == a, h)
