from django.db.models import Q

from blog.models import Entry


def praised_or_discussed(blog_id):
    entries = Entry.objects.filter(
        Q(blog_id=blog_id) & (Q(rating__gte=9) | Q(number_of_comments__gte=50))
    ).order_by("id")
    return [e.id for e in entries]
