from django.db import transaction, IntegrityError
from blog.models import Entry
out = []
with transaction.atomic():
    out.append(transaction.get_rollback())
    try:
        with transaction.atomic():
            Entry.objects.create(blog_id=1, headline=None, body_text="", pub_date="2020-01-01")
    except IntegrityError as exc:
        out.append(str(exc))
    out.append(transaction.get_rollback())
    out.append(Entry.objects.count())
result = out
