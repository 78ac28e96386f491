from blog.models import Entry
qs = (
    Entry.objects
    # only the well-rated ones
    .filter(rating__gte=7)
    # newest first
    .order_by("-pub_date")
    # just the columns we need
    .values("id", "headline")
)
one = Entry.objects.filter(rating__gte=7).order_by("-pub_date").values("id", "headline")
result = (str(qs.query) == str(one.query), str(qs.query), list(qs[:2]))
