# Span a M2M.
from blog.models import Entry

result = list(Entry.objects.filter(authors__name="Ada Lovelace").order_by("id").values_list("id", flat=True))
