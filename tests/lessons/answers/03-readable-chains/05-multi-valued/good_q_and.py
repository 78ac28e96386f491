from django.db.models import Q

from blog.models import Blog


def blogs_with_a_praised_python_post():
    both = Q(entry__headline__icontains="python") & Q(entry__rating__gte=9)
    return list(Blog.objects.filter(both).distinct().order_by("name").values_list("name", flat=True))
