# ormkata-only
# Expected output from real Django 5.2:
#   /usr/bin/python3 /work/shared/conformance/run.py --bare --django-path /tmp/django-5.2.18 django_http_request.py
# (the .out is the "stdout" field of its JSON line)
from django.http import HttpRequest, QueryDict
from django.test import RequestFactory
from django.utils.datastructures import MultiValueDictKeyError

rf = RequestFactory()
req = rf.get("/entries/", {"q": "django orm", "page": 2, "tag": ["a", "b"]})
print(repr(req), type(req).__name__, isinstance(req, HttpRequest))
print(req.method, req.path, req.path_info, req.get_full_path())
print(req.GET)
print(req.GET["q"], req.GET.get("page"), req.GET.get("nope"), req.GET.get("nope", "d"))
print(req.GET["tag"], req.GET.getlist("tag"), req.GET.getlist("nope"), req.GET.getlist("nope", ["x"]))
print("q" in req.GET, "x" in req.GET, len(req.GET), list(req.GET), list(req.GET.items()))
print(list(req.GET.lists()), list(req.GET.values()), req.GET.dict())
print(req.GET.urlencode())
try:
    req.GET["missing"]
except MultiValueDictKeyError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))
try:
    req.GET["x"] = "1"
except AttributeError as e:
    print(type(e).__name__, e)
c = req.GET.copy()
c["x"] = "1"
c.appendlist("x", "2")
c.setlist("y", ["3"])
print(c, c._mutable, req.GET._mutable)
print(req.META["REQUEST_METHOD"], req.META["QUERY_STRING"], req.META["SERVER_NAME"], req.META["REMOTE_ADDR"], req.META["PATH_INFO"])
print(req.get_host(), req.get_port(), req.is_secure(), req.scheme, req.build_absolute_uri())
print(req.body, req.POST, req.COOKIES, req.content_type)
req = rf.get("/search/?q=x+y&q=z%21&empty=&flag")
print(repr(req), req.GET, req.GET["q"], req.GET.getlist("q"))
req = rf.get("/caf%C3%A9/", secure=True, headers={"Accept-Language": "fr", "X-Token": "abc"})
print(repr(req), req.path, req.is_secure(), req.get_host())
print(req.headers["Accept-Language"], req.headers["accept-language"], req.headers.get("X-Token"), req.META["HTTP_X_TOKEN"])
print("X-Token" in req.headers, "Nope" in req.headers)
req = rf.post("/entries/new/", {"headline": "Hi there", "n_comments": 3, "tags": ["x", "y"]})
print(repr(req), req.method, req.content_type, req.META["CONTENT_TYPE"], req.META["CONTENT_LENGTH"])
print(req.POST, req.POST["headline"], req.POST.getlist("tags"), req.GET)
req = rf.post("/entries/new/", {"a": "1"})
print(req.body)
req = rf.post("/f/", "a=1&b=%20two&a=3", content_type="application/x-www-form-urlencoded")
print(req.POST, req.body, req.content_type)
req = rf.post("/j/", {"a": [1, 2], "b": None}, content_type="application/json")
print(req.body, req.POST, req.META["CONTENT_TYPE"])
req = rf.put("/e/3/", "a=1", content_type="application/x-www-form-urlencoded")
print(repr(req), req.method, req.body, req.POST)
req = rf.patch("/e/3/", {"x": 1}, content_type="application/json")
print(repr(req), req.body)
req = rf.delete("/e/3/")
print(repr(req), req.method, req.body, "CONTENT_TYPE" in req.META)
req = rf.head("/h/", {"a": 1})
print(repr(req), req.GET)
req = rf.get("/with/query/?a=1", {"b": 2})
print(repr(req), req.GET)
req = rf.get("/q/", query_params={"z": "1"})
print(repr(req))
try:
    rf.get("/x/", {"a": None})
except TypeError as e:
    print(type(e).__name__, e)
r = HttpRequest()
print(repr(r), r.method, r.GET, r.POST, r.path, r.META)
r.method = "GET"
r.path = "/manual/"
print(repr(r))
q = QueryDict("a=1&a=2&b=3")
print(q, q["a"], q.getlist("a"), q._mutable, q.encoding)
q = QueryDict("a=1", mutable=True)
q["b"] = "2"
q.update({"a": "9"})
print(q, q.pop("b"), q)
print(QueryDict(), QueryDict(""), QueryDict.fromkeys(["a", "b", "a"], value="v"))
print(QueryDict("x=%E2%82%AC&y=a%2Bb&z=%zz").dict())
