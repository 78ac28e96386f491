from django.db.models import Q

from blog.models import Entry


def praised_or_discussed(blog_id):
    condition = Q(rating__gte=9) | Q(number_of_comments__gte=50)
    return list(
        Entry.objects.filter(condition, blog_id=blog_id)
        .order_by("id")
        .values_list("id", flat=True)
    )
