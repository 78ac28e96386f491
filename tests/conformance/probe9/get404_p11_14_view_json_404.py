import json
from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Author

def author_api(request, pk):
    try:
        a = Author.objects.get(pk=pk)
    except Author.DoesNotExist:
        return JsonResponse({"error": f"author {pk} not found"}, status=404)
    return JsonResponse({"id": a.id, "name": a.name, "email": a.email})

rf = RequestFactory()
out = []
for pk in (2, 42):
    r = author_api(rf.get(f"/api/authors/{pk}/"), pk)
    out.append((r.status_code, json.loads(r.content)))
result = out
