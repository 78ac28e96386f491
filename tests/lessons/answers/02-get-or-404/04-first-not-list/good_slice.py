from blog.models import Entry


def latest_entry(blog_id):
    entries = Entry.objects.filter(blog_id=blog_id).order_by("-pub_date", "-id")[:1]
    for entry in entries:
        return entry
    return None
