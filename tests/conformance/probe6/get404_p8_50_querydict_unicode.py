from django.test import RequestFactory
r = RequestFactory().get("/s/", {"q": "café au lait", "x": "a&b=c"})
result = (r.GET["q"], r.GET["x"], r.META["QUERY_STRING"], r.GET.urlencode())
