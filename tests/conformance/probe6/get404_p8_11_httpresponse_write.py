from django.http import HttpResponse
r = HttpResponse()
r.write("a")
r.write(b"b")
r.write(3)
r.content = ["x", "y"]
result = (r.content, r.getvalue(), str(r), bytes(r)[:30])
