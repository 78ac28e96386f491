from django.db import transaction, connection
from blog.models import Blog
log = []
with transaction.atomic():
    Blog.objects.create(name="rb", tagline="r")
    transaction.on_commit(lambda: log.append("committed"))
    transaction.set_rollback(True)
result = (log, Blog.objects.filter(name="rb").count(), [q["sql"].split(" ")[0] for q in connection.queries])
