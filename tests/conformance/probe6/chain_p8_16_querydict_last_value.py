from django.http import QueryDict
q = QueryDict("tag=a&tag=b&tag=")
result = (q["tag"], q.get("tag"), q.getlist("tag"), q.get("tag", "d"), list(q), list(q.values()), q.pop if False else None)
