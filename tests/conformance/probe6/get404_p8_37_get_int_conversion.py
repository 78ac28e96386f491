from django.test import RequestFactory
from blog.models import Entry
r = RequestFactory().get("/x/", {"min_rating": "3"})
n = int(r.GET.get("min_rating", 0))
result = list(Entry.objects.filter(rating__gte=n).order_by("id").values_list("id", flat=True)[:5])
