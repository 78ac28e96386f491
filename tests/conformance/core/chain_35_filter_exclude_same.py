# filter and exclude on the same M2M relation.
from blog.models import Entry

result = list(Entry.objects.filter(authors__name="Joe").exclude(authors__name="Ada Lovelace").order_by("id").values_list("id", flat=True))
