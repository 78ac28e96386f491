from django.db.models import Count

from blog.models import Blog


def acclaimed_blogs(k):
    return list(
        Blog.objects.annotate(good=Count("entry"))
        .filter(good__gte=k, entry__rating__gte=8)
        .distinct()
        .order_by("name")
        .values_list("name", flat=True)
    )
