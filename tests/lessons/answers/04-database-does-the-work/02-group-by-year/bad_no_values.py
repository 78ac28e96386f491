from django.db.models import Count
from django.db.models.functions import ExtractYear

from blog.models import Entry


def entries_per_year():
    counts = {}
    for row in Entry.objects.annotate(year=ExtractYear("pub_date"), n=Count("id")).values("year", "n"):
        counts[row["year"]] = counts.get(row["year"], 0) + row["n"]
    return counts
