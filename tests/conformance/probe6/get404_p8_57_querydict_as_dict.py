import json
from django.http import JsonResponse
from django.test import RequestFactory
r = RequestFactory().get("/x/?tag=a&tag=b&q=1")
print(r.GET)
print(dict(r.GET), {**r.GET})
result = (isinstance(r.GET, dict), JsonResponse(r.GET).content, json.dumps(r.GET), repr(r.GET), str(r.GET), r.GET.copy(), r.GET.popitem.__name__)
