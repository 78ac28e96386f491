# values_list(flat=True) with two fields.
from blog.models import Entry

result = Entry.objects.values_list("id", "headline", flat=True)
