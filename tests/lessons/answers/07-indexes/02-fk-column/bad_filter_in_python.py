from blog.models import Entry


def headlines_of(blog):
    return [e.headline for e in Entry.objects.order_by("id") if e.blog_id == blog.pk]
