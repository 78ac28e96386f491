from blog.models import Entry


def top_entries(blog_id, year):
    headlines = (
        Entry.objects
        .filter(blog_id=blog_id, pub_date__year=year)
        .exclude(rating__lt=5)
        .order_by("-rating", "id")
        .values_list("headline", flat=True)
    )
    return list(headlines[:10])
