import json
from django.test import RequestFactory
r = RequestFactory().post("/api/", {"a": 1, "b": [1, 2]}, content_type="application/json")
result = (r.body, json.loads(r.body), r.POST.dict(), r.content_type, r.META["CONTENT_TYPE"])
