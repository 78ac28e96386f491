from django.db import transaction, connection
from blog.models import Blog
out = []
with transaction.atomic():
    Blog.objects.create(name="m", tagline="m")
    try:
        with transaction.mark_for_rollback_on_error():
            raise ValueError("oops")
    except ValueError:
        out.append(connection.needs_rollback)
    transaction.set_rollback(False)
    out.append(connection.needs_rollback)
result = (out, Blog.objects.filter(name="m").count())
