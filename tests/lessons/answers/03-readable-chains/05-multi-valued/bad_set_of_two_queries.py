from blog.models import Blog


def blogs_with_a_praised_python_post():
    python = set(Blog.objects.filter(entry__headline__icontains="python").values_list("name", flat=True))
    praised = set(Blog.objects.filter(entry__rating__gte=9).values_list("name", flat=True))
    return sorted(python & praised)
