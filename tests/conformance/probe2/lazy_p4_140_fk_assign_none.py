# Assigning None to a non-null foreign key, then saving.
from django.db import IntegrityError, transaction
from blog.models import Entry

e = Entry.objects.get(pk=1)
e.blog = None
out = [e.blog_id]
try:
    with transaction.atomic():
        e.save()
except IntegrityError as exc:
    out.append(str(exc))
result = out
