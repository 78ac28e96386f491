# force_insert on an existing pk: IntegrityError.
from django.db import IntegrityError, transaction
from blog.models import Blog

b = Blog(id=1, name="Dup", tagline="x")
try:
    with transaction.atomic():
        b.save(force_insert=True)
    result = "ok"
except IntegrityError as exc:
    result = ("IntegrityError", str(exc))
