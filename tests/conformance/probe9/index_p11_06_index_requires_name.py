from django.db import models
from django.db.models.functions import Lower
out = []
for kwargs in [dict(), dict(condition=None)]:
    try:
        models.Index(Lower("headline"), **kwargs)
    except ValueError as exc:
        out.append(str(exc))
try:
    models.Index(fields=["rating"], condition=models.Q(rating__gt=5))
except ValueError as exc:
    out.append(str(exc))
try:
    models.Index(fields="rating", name="x")
except ValueError as exc:
    out.append(str(exc))
result = out
