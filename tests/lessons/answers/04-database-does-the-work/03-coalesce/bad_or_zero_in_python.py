from django.db.models import Sum

from blog.models import Blog


def comments_per_blog():
    rows = Blog.objects.annotate(total=Sum("entry__number_of_comments")).values_list("name", "total")
    return {name: total or 0 for name, total in rows}
