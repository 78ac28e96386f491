# Concat of a CharField and an IntegerField.
from django.db.models import Value
from django.db.models.functions import Concat
from blog.models import Entry

try:
    r = list(Entry.objects.filter(pk__lte=2).annotate(label=Concat("headline", Value(" #"), "rating")).values_list("label", flat=True))
except Exception as exc:
    r = "%s: %s" % (type(exc).__name__, exc)
result = r
