from django.http import HttpResponse
r = HttpResponse("nope", status=418, content_type="text/plain")
r["X-Thing"] = "1"
result = (r.status_code, r.reason_phrase, r["content-type"], r.has_header("x-thing"), "X-Thing" in r, r.get("missing"), repr(r), r.content.decode())
