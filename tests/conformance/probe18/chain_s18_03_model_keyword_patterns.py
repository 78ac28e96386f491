# Model instances in class patterns: keyword sub-patterns work through
# getattr (a related object included); a missing attribute is no match.
from blog.models import Entry, Blog

out = []
for e in Entry.objects.select_related("blog").order_by("id")[:5]:
    match e:
        case Entry(rating=8, blog=Blog(name=name)):
            out.append(("eight", name))
        case Entry(no_such_field=_):
            out.append("impossible")
        case Entry(headline=str(h), rating=r) if r < 5:
            out.append(("low", h[:12], r))
        case Blog():
            out.append("a blog?")
        case Entry(pk=pk):
            out.append(("entry", pk))
result = out
