from blog.models import Entry


def headlines_and_ratings(blog_id):
    rows = list(Entry.objects.filter(blog_id=blog_id).order_by("pub_date", "id").values_list("headline", "rating"))
    return [h for h, _ in rows], [r for _, r in rows]
