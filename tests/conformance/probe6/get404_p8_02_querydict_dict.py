from django.test import RequestFactory
r = RequestFactory().get("/x/?a=1&a=2&b=&c=3")
result = (r.GET.dict(), dict(r.GET), list(r.GET.items()), list(r.GET.lists()), r.GET.urlencode(), "b" in r.GET, len(r.GET))
