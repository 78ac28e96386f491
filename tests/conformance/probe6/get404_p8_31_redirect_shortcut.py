from django.shortcuts import redirect
r = redirect("/blogs/")
p = redirect("https://example.com/x", permanent=True)
result = (r.status_code, r.url, r["Location"], type(r).__name__, p.status_code, type(p).__name__, repr(p))
