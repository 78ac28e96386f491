# extra(select=..., select_params=...) in values_list.
from blog.models import Entry

qs = Entry.objects.extra(select={"is_big": "rating > %s"}, select_params=(7,)).filter(pk__lte=3).order_by("id")
result = list(qs.values_list("id", "is_big"))
