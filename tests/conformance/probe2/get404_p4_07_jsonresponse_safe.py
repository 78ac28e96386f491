# JsonResponse refuses a non-dict unless safe=False.
from django.http import JsonResponse

out = []
try:
    JsonResponse([1, 2])
except TypeError as exc:
    out.append(str(exc))
r = JsonResponse([1, 2], safe=False)
out.append((r.status_code, r.content, r["Content-Type"]))
result = out
