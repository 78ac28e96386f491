# Index validation: name required, too long, fields vs expressions.
from django.db import models

out = []
for kw in ({"fields": ["a"]}, {"fields": ["a"], "name": "x" * 31}, {"fields": "a", "name": "ok"}, {"name": "n"}):
    try:
        models.Index(**kw)
        out.append("ok")
    except Exception as e:
        out.append((type(e).__name__, str(e)))
result = out
