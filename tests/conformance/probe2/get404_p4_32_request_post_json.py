# RequestFactory.post with content_type JSON, and request.body.
import json
from django.test import RequestFactory

r = RequestFactory().post("/api/", data={"a": 1}, content_type="application/json")
result = (r.method, r.content_type, json.loads(r.body), r.POST.dict())
