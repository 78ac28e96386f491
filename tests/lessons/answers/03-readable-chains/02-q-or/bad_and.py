from django.db.models import Q

from blog.models import Entry


def praised_or_discussed(blog_id):
    return list(Entry.objects.filter(Q(blog_id=blog_id) | Q(rating__gte=9), number_of_comments__gte=0)
                .filter(Q(rating__gte=9) | Q(number_of_comments__gte=50))
                .order_by("id").values_list("id", flat=True))
