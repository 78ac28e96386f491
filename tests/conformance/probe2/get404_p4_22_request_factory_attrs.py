# RequestFactory request attributes.
from django.test import RequestFactory

r = RequestFactory().get("/a/b/?x=1&x=2&y=3")
result = (r.method, r.path, r.get_full_path(), r.GET.getlist("x"), r.GET["x"], r.GET.get("z", "d"), r.META["QUERY_STRING"])
