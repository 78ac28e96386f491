from blog.models import Entry


def top_rated(blog_id):
    return Entry.objects.filter(blog_id=blog_id, rating__gte=8).order_by("-rating", "id")
