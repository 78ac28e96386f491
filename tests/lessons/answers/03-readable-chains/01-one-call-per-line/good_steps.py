from blog.models import Entry


def top_entries(blog_id, year):
    qs = Entry.objects.filter(blog_id=blog_id)
    qs = qs.filter(pub_date__year=year)
    qs = qs.exclude(rating__lt=5)
    qs = qs.order_by("-rating", "-number_of_comments", "id")
    qs = qs.values_list("headline", flat=True)
    return list(qs[:10])
