from blog.models import Entry
qs = Entry.objects.order_by("id").values_list("id", flat=True)
text = repr(qs)
result = (text.endswith("...(remaining elements truncated)...']>"), text[:60], len(text))
