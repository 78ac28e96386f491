from blog.models import Entry


def headlines(blog_id):
    return [e.headline for e in Entry.objects.filter(blog_id=blog_id).order_by("id").only("headline", "body_text")]
