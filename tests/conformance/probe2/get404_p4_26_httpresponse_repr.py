# repr() of responses.
from django.http import HttpResponse, JsonResponse, HttpResponseNotFound, HttpResponseRedirect

result = (repr(HttpResponse("x")), repr(JsonResponse({"a": 1})), repr(HttpResponseNotFound()), repr(HttpResponseRedirect("/a/")))
