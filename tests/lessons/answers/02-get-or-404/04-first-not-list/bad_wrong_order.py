from blog.models import Entry


def latest_entry(blog_id):
    return Entry.objects.filter(blog_id=blog_id).order_by("-pub_date").first()
