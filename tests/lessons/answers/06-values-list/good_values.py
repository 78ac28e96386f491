from blog.models import Entry


def headlines(blog_id):
    return [row["headline"] for row in Entry.objects.filter(blog_id=blog_id).order_by("id").values("headline")]
