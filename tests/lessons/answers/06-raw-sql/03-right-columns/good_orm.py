from blog.models import Entry


def top_rated(blog_id):
    return list(
        Entry.objects.filter(blog_id=blog_id)
        .order_by("-rating", "id")
        .values_list("headline", "rating")[:10]
    )
