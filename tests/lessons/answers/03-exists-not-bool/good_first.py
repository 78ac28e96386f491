from blog.models import Entry


def has_praise(blog_id):
    return Entry.objects.filter(blog_id=blog_id, rating__gte=9).first() is not None
