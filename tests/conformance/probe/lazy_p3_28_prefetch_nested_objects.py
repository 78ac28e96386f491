# Prefetch objects nested: blogs -> recent entries (to_attr) -> their authors ordered by name.
from django.db.models import Prefetch
from blog.models import Author, Blog, Entry

authors = Prefetch("authors", queryset=Author.objects.order_by("name"))
recent = Prefetch("entry_set", queryset=Entry.objects.filter(rating__gte=8).order_by("-pub_date").prefetch_related(authors),
                  to_attr="good")
out = []
for b in Blog.objects.filter(pk__lte=2).order_by("id").prefetch_related(recent):
    out.append((b.id, [(e.id, [a.name for a in e.authors.all()]) for e in b.good]))
result = out
