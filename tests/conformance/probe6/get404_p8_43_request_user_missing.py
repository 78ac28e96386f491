from django.test import RequestFactory
r = RequestFactory().get("/")
r.user
