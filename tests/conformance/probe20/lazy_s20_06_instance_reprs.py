# Instances, their related managers and querysets printed.
from blog.models import Entry, Blog
e = Entry.objects.order_by("pk").first()
print(repr(e.authors), type(e.authors).__name__)
b = e.blog
print(repr(b.entry_set), type(b.entry_set).__name__)
print(repr(b.entry_set.all()[:2]))
print(repr(Entry.objects.none()), repr(Entry.objects.filter(pk=-1)))
print(repr(Entry.objects.values("pk")[:2]), repr(Entry.objects.values_list("pk", flat=True)[:3]))
print(repr(Entry.objects.values_list("pk", "rating", named=True)[:2]))
print(repr(Blog.objects.in_bulk([1, 2])))
print(str(e), repr(e), e.pk, e.__class__.__name__)
result = repr(b.entry_set.all()[:2])
