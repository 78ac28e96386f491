from django.test import SimpleTestCase
from django.http import HttpResponse, JsonResponse

tc = SimpleTestCase()
tc.assertContains(HttpResponse("hello world"), "world")
tc.assertNotContains(HttpResponse("hello"), "bye")
tc.assertJSONEqual(JsonResponse({"a": 1}).content, {"a": 1})
out = []
for f in [lambda: tc.assertContains(HttpResponse("hello"), "bye"),
          lambda: tc.assertContains(HttpResponse("a a"), "a", count=1),
          lambda: tc.assertContains(HttpResponse("x", status=404), "x"),
          lambda: tc.assertNotContains(HttpResponse("hello"), "ell"),
          lambda: tc.assertJSONEqual('{"a": 1}', {"a": 2})]:
    try:
        f()
    except AssertionError as e:
        out.append(str(e))
result = out
