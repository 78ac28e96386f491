from blog.models import Entry


def count_kept(blog_id):
    return Entry.objects.exclude(blog_id=blog_id).filter(rating__gte=3).count()
