from django.http import HttpResponseNotFound, HttpResponseBadRequest, HttpResponseRedirect, HttpResponseForbidden
a = HttpResponseNotFound("<h1>Not found</h1>")
b = HttpResponseBadRequest()
c = HttpResponseRedirect("/blogs/1/")
d = HttpResponseForbidden("no")
result = [(x.status_code, x.content, repr(x)) for x in (a, b, c, d)] + [c.url, c["Location"]]
