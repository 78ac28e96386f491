from django.test import RequestFactory
rf = RequestFactory()
g = rf.get("/x/", {"a": 1})
p = rf.post("/x/", "plain text", content_type="text/plain")
result = (g.body, p.body, p.POST, p.content_type, p.META.get("CONTENT_LENGTH"))
