from django.http import HttpResponse
r = HttpResponse("x", headers={"Cache-Control": "no-cache", "X-Count": 5})
del r["X-Count"]
r.headers["Age"] = "120"
result = (dict(r.headers), r.items() if hasattr(r, "items") else None, sorted(r.headers.keys()))
