from blog.models import Blog, Entry


def headlines_of(blog):
    same = Blog.objects.filter(name=blog.name)
    return [e.headline for e in Entry.objects.filter(blog__in=same).order_by("id")]
