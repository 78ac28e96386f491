# extra(select=) with several params, in values() and values_list(flat=True).
from blog.models import Entry

qs = Entry.objects.extra(select={"plus": "rating + %s", "label": "headline || %s"}, select_params=(100, "!")).filter(pk__lte=2).order_by("id")
result = (list(qs.values("id", "label", "plus")), list(qs.values_list("plus", flat=True)),
          sorted(list(qs.values())[0]))
