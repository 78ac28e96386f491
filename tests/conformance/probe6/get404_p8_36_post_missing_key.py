from django.test import RequestFactory
r = RequestFactory().post("/x/", {"a": "1"})
r.POST["name"]
