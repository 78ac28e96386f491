from blog.models import Entry, Author, Blog
authors = {a.pk: a.name for a in Author.objects.all()}
print(len(authors), sorted(authors.items())[:3])
pairs = Entry.authors.through.objects.values_list("entry_id", "author_id")
by_entry = {}
for eid, aid in pairs:
    by_entry.setdefault(eid, set()).add(aid)
print(sorted((k, sorted(v)) for k, v in by_entry.items())[:4])
ids = set(Entry.objects.filter(rating__gte=4).values_list("pk", flat=True))
ids2 = set(Entry.objects.filter(number_of_comments__gt=5).values_list("pk", flat=True))
print(sorted(ids & ids2)[:5], len(ids | ids2), len(ids - ids2), len(ids ^ ids2))
blogs = dict(Blog.objects.values_list("pk", "name"))
print({k: v.upper() for k, v in sorted(blogs.items()) if k % 2})
print(any(e.rating > 4 for e in Entry.objects.all()), all(e.rating >= 0 for e in Entry.objects.all()))
inverted = {v: k for k, v in blogs.items()}
print(sorted(inverted)[:3], max(blogs, key=blogs.get), min(blogs.values(), key=len))
result = sorted(ids)[:10]
