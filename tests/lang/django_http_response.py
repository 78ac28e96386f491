# ormkata-only
# Expected output from real Django 5.2:
#   /usr/bin/python3 /work/shared/conformance/run.py --bare --django-path /tmp/django-5.2.18 django_http_response.py
# (the .out is the "stdout" field of its JSON line)
from django.http import (
    HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, HttpResponseNotAllowed,
    HttpResponseNotFound, HttpResponsePermanentRedirect, HttpResponseRedirect,
    HttpResponseServerError, HttpResponseGone, Http404,
)
from django.http.response import HttpResponseBase

r = HttpResponse("Hello, world")
print(repr(r))
print(r.content, r.status_code, r.reason_phrase, r.charset)
print(r["Content-Type"], r["content-type"], "content-type" in r, r.has_header("X-Nope"))
print(r.get("X-Nope"), r.get("X-Nope", "dflt"))
r["X-Count"] = 3
r["X-Name"] = "kata"
print(r["x-count"], type(r["x-count"]).__name__, sorted(r.headers.keys()))
print(r.headers)
del r["X-Name"]
print("X-Name" in r, len(r.headers))
r.content = "changed"
print(r.content, r.text)
r.content = ["a", b"b", 3]
print(r.content)
r.write("more")
print(r.content, r.tell(), r.getvalue())
print(HttpResponse(b"raw bytes").content, HttpResponse(42).content, HttpResponse().content)
print(HttpResponse("caf\u00e9").content, HttpResponse("caf\u00e9").text)
r = HttpResponse("x", content_type="text/plain; charset=latin-1")
print(repr(r), r.charset)
r = HttpResponse("x", status=201)
print(r.status_code, r.reason_phrase, repr(r))
r = HttpResponse("x", status=599)
print(r.status_code, r.reason_phrase)
r = HttpResponse("x", status=404, reason="Gone fishing")
print(r.status_code, r.reason_phrase)
r = HttpResponse(headers={"X-A": "1", "Content-Type": "text/csv"})
print(repr(r), r.items())
for bad in ["abc", None, 99, 600, 3.0]:
    try:
        print(HttpResponse(status=bad).status_code)
    except Exception as e:
        print(type(e).__name__, e)
try:
    HttpResponse(headers={"Content-Type": "a"}, content_type="b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    r["X-Bad"] = "a\nb"
except Exception as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    r["Missing"]
except KeyError as e:
    print(type(e).__name__, e)
for cls in [HttpResponseNotFound, HttpResponseBadRequest, HttpResponseForbidden,
            HttpResponseServerError, HttpResponseGone]:
    r = cls("body")
    print(cls.__name__, r.status_code, r.reason_phrase, repr(r), issubclass(cls, HttpResponse))
r = HttpResponseRedirect("/entries/3/")
print(repr(r), r.url, r["Location"], r.status_code, r.content)
r = HttpResponseRedirect("https://example.com/a b?x=1")
print(r.url)
r = HttpResponsePermanentRedirect("/new/")
print(repr(r), r.status_code)
print(HttpResponseRedirect("/x/", preserve_request=True).status_code)
try:
    HttpResponseRedirect("javascript:alert(1)")
except Exception as e:
    print(type(e).__name__, e)
r = HttpResponseNotAllowed(["GET", "POST"])
print(repr(r), r["Allow"], r.status_code)
print(HttpResponse.__mro__)
print(issubclass(Http404, Exception), Http404.__module__, repr(Http404("No Entry matches the given query.")))
try:
    raise Http404("No Entry matches the given query.")
except Http404 as e:
    print(type(e).__name__, e)
print(r.serialize_headers())
print(HttpResponse("hi", headers={"X-A": "1"}).serialize())
