from blog.models import Blog


def blogs_with_a_praised_python_post():
    return list(
        Blog.objects.filter(entry__headline__icontains="python", entry__rating__gte=9)
        .order_by("name")
        .values_list("name", flat=True)
    )
