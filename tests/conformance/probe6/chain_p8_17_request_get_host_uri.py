from django.test import RequestFactory
r = RequestFactory().get("/a/b/?x=1")
result = (r.get_host(), r.build_absolute_uri(), r.build_absolute_uri("/c/"), r.is_secure(), r.scheme, r.get_port())
