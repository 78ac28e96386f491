# Evaluating a QuerySet that uses OuterRef() outside a subquery.
from django.db.models import OuterRef
from blog.models import Entry

try:
    list(Entry.objects.filter(blog=OuterRef("pk")))
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
