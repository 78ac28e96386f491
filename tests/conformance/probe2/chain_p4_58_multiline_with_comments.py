# A chain split over lines with comments in between.
from django.db.models import Q
from blog.models import Entry

qs = (
    Entry.objects  # all entries
    # the good ones
    .filter(rating__gte=8)
    .exclude(
        Q(number_of_comments=0),  # no comments
    )
    .order_by(
        "-rating",
        "id",
    )[:4]
)
result = (str(qs.query), [e.id for e in qs])
