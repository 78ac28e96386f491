from django.test import RequestFactory
from blog.models import Entry
r = RequestFactory().get("/entries/", {"order": "popularity"})
list(Entry.objects.order_by(r.GET["order"]))
