from django.db.models import F

from blog.models import Entry


def bump_ratings(blog_id):
    return Entry.objects.filter(blog_id=blog_id).update(rating=F("rating") + 1)
