from django.db.models.functions import Length, Lower

from blog.models import Entry


def longest_headlines(blog_id):
    rows = (Entry.objects.filter(blog_id=blog_id).annotate(n=Length("headline"), low=Lower("headline"))
            .order_by("-n", "id").values_list("low", flat=True)[:6])
    return list(rows)[:5]
