# str(), repr() and args of DoesNotExist and MultipleObjectsReturned.
from blog.models import Blog

out = []
try:
    Blog.objects.get(name="nope")
except Blog.DoesNotExist as exc:
    out.append((str(exc), repr(exc), exc.args))
try:
    Blog.objects.get(pk__lt=3)
except Blog.MultipleObjectsReturned as exc:
    out.append((str(exc), repr(exc), exc.args))
result = out
