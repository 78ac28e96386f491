from blog.models import Entry


def off_topic(year):
    headlines = (
        Entry.objects
        .filter(pub_date__year=year)
        .order_by("id")
        .values_list("headline", flat=True)
    )
    return [h for h in headlines if "django" not in h.lower()]
