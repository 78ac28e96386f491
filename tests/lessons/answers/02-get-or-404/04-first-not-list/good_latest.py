from blog.models import Entry


def latest_entry(blog_id):
    try:
        return Entry.objects.filter(blog_id=blog_id).latest("pub_date", "id")
    except Entry.DoesNotExist:
        return None
