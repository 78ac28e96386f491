from django.test import RequestFactory
r = RequestFactory().get("/blog/5/?x=1", headers={"X-Custom": "yes"}, HTTP_ACCEPT="text/html")
result = (r.path, r.method, r.path_info, r.get_full_path(), r.headers.get("X-Custom"), r.headers["Accept"], r.META["QUERY_STRING"], repr(r), r.content_type, r.GET)
