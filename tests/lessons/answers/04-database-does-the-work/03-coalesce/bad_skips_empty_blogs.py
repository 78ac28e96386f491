from django.db.models import Sum
from django.db.models.functions import Coalesce

from blog.models import Entry


def comments_per_blog():
    rows = (Entry.objects.values("blog__name")
            .annotate(total=Coalesce(Sum("number_of_comments"), 0)).order_by())
    return {r["blog__name"]: r["total"] for r in rows}
