from django.test import RequestFactory
r = RequestFactory().get("/x/?a=1")
r.GET["zzz"]
