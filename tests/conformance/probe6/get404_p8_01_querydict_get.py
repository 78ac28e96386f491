from django.test import RequestFactory
rf = RequestFactory()
r = rf.get("/entries/", {"q": "cheese", "page": 2, "tag": ["a", "b"]})
result = (r.GET.get("q"), r.GET.get("page"), r.GET.get("tag"), r.GET.getlist("tag"), r.GET.get("missing"), r.GET.get("missing", "dflt"), r.GET.getlist("missing"))
