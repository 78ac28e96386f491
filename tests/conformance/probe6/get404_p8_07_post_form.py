from django.test import RequestFactory
r = RequestFactory().post("/entries/new/", {"headline": "Hi", "rating": 4, "tags": ["x", "y"]})
result = (r.method, r.POST.get("headline"), r.POST.get("rating"), r.POST.getlist("tags"), r.POST.dict(), r.GET.dict(), r.content_type)
