# On SQLite, `contains` is LIKE and so case-insensitive too (Django docs).
from django.db.models import Q

from blog.models import Entry


def off_topic(year):
    qs = (
        Entry.objects
        .filter(~Q(headline__contains="django"), pub_date__year=year)
        .order_by("id")
        .values_list("headline", flat=True)
    )
    return list(qs)
