from django.db.models import Sum
from django.db.models.functions import Coalesce

from blog.models import Blog


def comments_per_blog():
    return {
        b.name: b.total
        for b in Blog.objects.annotate(total=Coalesce(Sum("entry__number_of_comments"), 0))
    }
