from django.test import RequestFactory
r = RequestFactory().get("/x/?a=1", {"b": 2})
result = (r.GET.dict(), r.get_full_path(), r.META["QUERY_STRING"])
