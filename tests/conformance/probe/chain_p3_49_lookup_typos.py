# Misspelled lookups: FieldError with suggestions.
from blog.models import Entry

out = []
for kw in ("headline__contain", "rating__gte__x", "pub_date__yaer", "blog__name__startwith", "headline__like"):
    try:
        Entry.objects.filter(**{kw: "x"})
        out.append("no error")
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
