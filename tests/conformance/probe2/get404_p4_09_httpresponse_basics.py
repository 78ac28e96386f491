# HttpResponse content, status, reason phrase, headers.
from django.http import HttpResponse, HttpResponseNotFound

r = HttpResponse("héllo", status=201)
r["X-Thing"] = "1"
n = HttpResponseNotFound("gone")
result = (r.content, r.status_code, r.reason_phrase, r["Content-Type"], r.has_header("x-thing"), n.status_code, n.reason_phrase, n.content)
