from blog.models import Entry


def headlines(blog_id):
    return Entry.objects.filter(blog_id=blog_id).order_by("id").values_list("headline", flat=True)
