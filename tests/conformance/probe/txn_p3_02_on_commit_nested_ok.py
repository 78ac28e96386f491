# A callback registered in a savepoint that commits waits for the outermost COMMIT.
from django.db import transaction
from blog.models import Blog

log = []
with transaction.atomic():
    with transaction.atomic():
        Blog.objects.create(name="N", tagline="")
        transaction.on_commit(lambda: log.append("inner"))
    log.append("inner block done")
    transaction.on_commit(lambda: log.append("outer"))
log.append("outer block done")
result = log
