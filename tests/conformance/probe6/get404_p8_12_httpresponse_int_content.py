from django.http import HttpResponse
r = HttpResponse(42)
result = (r.content, r.status_code)
