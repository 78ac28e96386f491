from django.db import transaction, IntegrityError
from blog.models import Blog
attempts = []
for i in range(3):
    try:
        with transaction.atomic():
            b = Blog.objects.create(name=f"Retry {i}", tagline="x")
            if i < 2:
                raise IntegrityError(f"simulated {i}")
        attempts.append(("saved", b.name))
        break
    except IntegrityError as exc:
        attempts.append(("failed", str(exc)))
result = (attempts, list(Blog.objects.filter(name__startswith="Retry").values_list("name", flat=True)))
