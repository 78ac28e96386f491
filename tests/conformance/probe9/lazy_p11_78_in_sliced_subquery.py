from blog.models import Entry
top = Entry.objects.order_by("-number_of_comments", "id")[:3]
qs = Entry.objects.filter(id__in=top).order_by("id")
try:
    result = (str(qs.query), [e.id for e in qs])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
