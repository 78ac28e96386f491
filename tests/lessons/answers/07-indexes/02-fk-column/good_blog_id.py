from blog.models import Entry


def headlines_of(blog):
    return [e.headline for e in Entry.objects.filter(blog_id=blog.pk).order_by("pk")]
