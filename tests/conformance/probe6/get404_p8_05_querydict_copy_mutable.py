from django.test import RequestFactory
r = RequestFactory().get("/x/?a=1&page=3")
q = r.GET.copy()
q["page"] = 4
q.setlist("a", ["x", "y"])
result = (q.urlencode(), r.GET.urlencode(), q._mutable, r.GET._mutable)
