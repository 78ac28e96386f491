from django.db.models import Count, Q

from blog.models import Blog


def acclaimed_blogs(k):
    blogs = Blog.objects.annotate(good=Count("entry", filter=Q(entry__rating__gte=8))).order_by("name")
    return [b.name for b in blogs if b.good >= k]
