from django.http import QueryDict
q = QueryDict("a=1")
result = (q.getlist("b", ["x"]), q.getlist("b"), q.get("b", 0), q.items().__class__.__name__, q.getlist("a"), q.copy() == q, QueryDict("a=1&b=2") == QueryDict("b=2&a=1"))
