# HttpResponse.write() and content assignment; iterating the response.
from django.http import HttpResponse

r = HttpResponse()
r.write("a")
r.write(b"b")
c1 = r.content
r.content = ["x", "y"]
result = (c1, r.content, list(r), r.charset)
