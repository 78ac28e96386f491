from blog.models import Entry


def latest_entry(blog_id):
    qs = Entry.objects.filter(blog_id=blog_id).order_by("-pub_date", "-id")
    if not qs.exists():
        return None
    return qs.first()
