# Comments between the lines of a parenthesized chain do not change anything.
from blog.models import Entry

qs = (
    Entry.objects  # all entries
    # keep the newer ones
    .filter(pub_date__gte="2009-01-01")
    .exclude(blog__name="Empty Blog")  # never matches anyway
    .order_by("pub_date")
    [:4]
)
result = list(qs.values_list("id", "pub_date"))
