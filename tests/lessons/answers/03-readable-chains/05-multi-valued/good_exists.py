from django.db.models import Exists, OuterRef

from blog.models import Blog, Entry


def blogs_with_a_praised_python_post():
    praised = Entry.objects.filter(blog=OuterRef("pk"), headline__icontains="python", rating__gte=9)
    blogs = Blog.objects.filter(Exists(praised)).order_by("name")
    return [b.name for b in blogs]
