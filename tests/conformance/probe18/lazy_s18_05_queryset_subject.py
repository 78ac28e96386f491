# A QuerySet is not a collections.abc.Sequence: sequence patterns never
# match it (and do not run its query); its list does.
from blog.models import Blog

qs = Blog.objects.order_by("name")
out = []
match qs:
    case [first, *_]:
        out.append(("sequence", first.name))
    case Blog():
        out.append("a blog")
    case _:
        out.append(("not a sequence", type(qs).__name__))
match list(qs):
    case [first, *others]:
        out.append(("list", first.name, len(others)))
match qs.first():
    case Blog(name=n):
        out.append(("first", n))
result = out
