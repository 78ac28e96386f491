from blog.models import Entry


def top_rated(blog_id):
    qs = Entry.objects.all()
    qs = qs.filter(blog_id=blog_id)
    qs = qs.filter(rating__gte=8)
    return qs.order_by("-rating", "-pub_date", "id")
