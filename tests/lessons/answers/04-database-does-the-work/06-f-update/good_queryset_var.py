from django.db.models import F

from blog.models import Entry


def bump_ratings(blog_id):
    below_ten = Entry.objects.filter(blog_id=blog_id).exclude(rating__gte=10)
    changed = below_ten.update(rating=F("rating") + 1)
    return changed
