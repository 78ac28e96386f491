from django.db import transaction
from blog.models import Blog
log = []
with transaction.atomic():
    Blog.objects.create(name="N", tagline="t")
    transaction.on_commit(lambda: log.append("sent"))
    log.append("inside")
result = log
