from django.http import JsonResponse
r = JsonResponse({"name": "Beatles Blog", "n": 3, "ok": True, "x": None})
result = (r.status_code, r.content, r["Content-Type"], repr(r))
