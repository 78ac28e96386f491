# mark_for_rollback_on_error() inside atomic(): an error marks the outer block for rollback.
from django.db import transaction
from blog.models import Blog

try:
    with transaction.atomic():
        Blog.objects.create(name="Marked", tagline="")
        try:
            with transaction.mark_for_rollback_on_error():
                raise ValueError("x")
        except ValueError:
            pass
        flag = transaction.get_rollback()
except Exception as exc:
    flag = "%s: %s" % (type(exc).__name__, exc)
result = (flag, Blog.objects.filter(name="Marked").exists())
