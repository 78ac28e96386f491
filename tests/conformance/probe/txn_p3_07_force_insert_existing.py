# save(force_insert=True) on an existing pk raises IntegrityError.
from django.db import IntegrityError
from blog.models import Blog

b = Blog.objects.get(pk=1)
try:
    b.save(force_insert=True)
    outcome = "saved"
except IntegrityError as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
