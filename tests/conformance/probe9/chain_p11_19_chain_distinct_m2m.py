from blog.models import Entry
qs = (
    Entry.objects
    .filter(authors__name__contains="Lennon")
    .filter(authors__name__contains="Paul")
    .distinct()
    .order_by("id")
)
result = (str(qs.query), [e.id for e in qs])
