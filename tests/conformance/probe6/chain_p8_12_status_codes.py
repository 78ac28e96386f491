from django.http import HttpResponse
out = []
for code in (200, 201, 204, 301, 400, 403, 404, 500, 599, 999):
    r = HttpResponse(status=code)
    out.append((code, r.reason_phrase))
result = out
