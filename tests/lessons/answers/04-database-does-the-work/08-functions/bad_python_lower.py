from django.db.models.functions import Length

from blog.models import Entry


def longest_headlines(blog_id):
    rows = (Entry.objects.filter(blog_id=blog_id).annotate(n=Length("headline"))
            .order_by("-n", "id").values_list("headline", flat=True)[:5])
    return [h.lower() for h in rows]
