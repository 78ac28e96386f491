from django.http import QueryDict
q = QueryDict("a=1&a=2&b=3")
e = QueryDict()
m = QueryDict(mutable=True)
m["x"] = "1"
m.appendlist("x", "2")
result = (q, q["a"], q.getlist("a"), e, e.get("a"), m, m.urlencode(), QueryDict("a=%20b&c=d+e")["a"], QueryDict("c=d+e")["c"])
