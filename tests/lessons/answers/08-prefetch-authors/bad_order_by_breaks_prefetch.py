from blog.models import Entry


def bylines(blog_id):
    result = []
    for entry in Entry.objects.filter(blog_id=blog_id).order_by("id").prefetch_related("authors"):
        names = [a.name for a in entry.authors.order_by("name")]
        result.append((entry.headline, ", ".join(names)))
    return result
