from django.test import RequestFactory
r = RequestFactory().get("/x/?a=1")
try:
    r.GET["a"] = "2"
except AttributeError as e:
    result = str(e)
