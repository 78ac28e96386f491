from blog.models import Entry


def count_kept(blog_id):
    return len(Entry.objects.exclude(blog_id=blog_id).exclude(rating__lt=3))
