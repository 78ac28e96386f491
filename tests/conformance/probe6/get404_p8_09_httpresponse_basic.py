from django.http import HttpResponse
r = HttpResponse("Héllo")
result = (r.status_code, r.content, r.charset, r["Content-Type"], r.reason_phrase, repr(r), r.headers, len(r.content))
