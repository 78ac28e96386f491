from django.db import transaction, IntegrityError
from blog.models import Entry
try:
    with transaction.atomic():
        try:
            Entry.objects.create(blog_id=1, headline=None, body_text="", pub_date="2020-01-01")
        except IntegrityError:
            print("ignored")
        Entry.objects.count()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
