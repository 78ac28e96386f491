# F() across a relation in annotate(), ordering by F(annotation).desc(), first()/last() on annotated querysets.
from django.db.models import F, Count
from blog.models import Entry, Blog
a = list(Entry.objects.annotate(bn=F("blog__name")).order_by("-id").values_list("id", "bn")[:3])
b = [(b.name, b.n) for b in Blog.objects.annotate(n=Count("entry")).order_by(F("n").desc(), "id")[:3]]
c = Blog.objects.annotate(n=Count("entry")).first().n
d = Blog.objects.annotate(n=Count("entry")).order_by("n").last().name
result = (a, b, c, d)
