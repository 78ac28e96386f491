# Index() argument checks.
from django.db import models

out = []
for fn in (lambda: models.Index(fields="rating", name="x"),
           lambda: models.Index(fields=[]),
           lambda: models.Index(fields=["rating"]).name,
           lambda: models.Index(fields=["rating"], name="a" * 40)):
    try:
        out.append(repr(fn()))
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
