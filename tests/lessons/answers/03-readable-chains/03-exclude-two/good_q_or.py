from django.db.models import Q

from blog.models import Entry


def count_kept(blog_id):
    return Entry.objects.exclude(Q(blog_id=blog_id) | Q(rating__lt=3)).count()
