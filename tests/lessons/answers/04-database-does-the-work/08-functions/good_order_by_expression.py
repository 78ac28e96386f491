from django.db.models.functions import Length, Lower

from blog.models import Entry


def longest_headlines(blog_id):
    rows = (Entry.objects.filter(blog_id=blog_id)
            .order_by(Length("headline").desc(), "id")
            .values_list(Lower("headline"), flat=True)[:5])
    return list(rows)
