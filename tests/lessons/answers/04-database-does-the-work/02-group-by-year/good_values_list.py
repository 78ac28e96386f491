from django.db.models import Count
from django.db.models.functions import ExtractYear

from blog.models import Entry


def entries_per_year():
    return dict(
        Entry.objects.annotate(year=ExtractYear("pub_date"))
        .values_list("year")
        .annotate(Count("id"))
        .order_by("year")
    )
