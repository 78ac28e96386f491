from blog.models import Entry


def top_rated(blog_id):
    qs = Entry.objects.filter(blog_id=blog_id, rating__gte=8).order_by("-rating", "-pub_date", "id")
    if not qs.exists():
        return Entry.objects.none()
    return qs
