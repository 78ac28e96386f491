from django.http import HttpResponse
r = HttpResponse("é", charset="latin-1")
s = HttpResponse("é", content_type="text/plain; charset=utf-16")
result = (r.content, r["Content-Type"], r.charset, s.charset, s.content[:4])
