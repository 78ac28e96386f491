# A saved instance where a number is expected (pk=, blog__id=) is a TypeError; blog= takes its pk.
from blog.models import Blog, Entry

b = Blog.objects.get(pk=2)
out = [Entry.objects.filter(blog=b).count(), Entry.objects.filter(blog__in=[b, 3]).count()]
for call in (lambda: Blog.objects.filter(pk=b), lambda: Entry.objects.filter(blog__id=b)):
    try:
        call()
        out.append("ok")
    except TypeError as exc:
        out.append(str(exc))
result = out
