from django.db import models
from django.db.models import Q
out = []
for kwargs in [dict(fields=["a"], condition=Q(a=1)), dict(fields=["a"], condition="a > 1", name="x"), dict(fields=[], name="y"), dict(fields="a", name="z")]:
    try:
        models.Index(**kwargs)
        out.append("ok")
    except Exception as exc:
        out.append((type(exc).__name__, str(exc)))
result = out
