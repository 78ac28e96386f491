# regex and iregex use REGEXP on SQLite.
from blog.models import Entry

result = (list(Entry.objects.filter(headline__regex=r"^(Why|What).*\(1\d\)$").order_by("id").values_list("id", flat=True)), Entry.objects.filter(headline__iregex=r"^notes ON").count())
