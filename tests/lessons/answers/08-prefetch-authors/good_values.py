from blog.models import Entry


def bylines(blog_id):
    entries = list(Entry.objects.filter(blog_id=blog_id).order_by("id").values_list("id", "headline"))
    names = {}
    for entry_id, name in Entry.authors.through.objects.filter(entry__blog_id=blog_id).values_list("entry_id", "author__name"):
        names.setdefault(entry_id, []).append(name)
    return [(h, ", ".join(sorted(names.get(i, [])))) for i, h in entries]
