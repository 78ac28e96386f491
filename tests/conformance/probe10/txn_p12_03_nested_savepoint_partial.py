from django.db import transaction, connection, IntegrityError
from blog.models import Blog, Entry
with transaction.atomic():
    Blog.objects.create(name="kept", tagline="k")
    try:
        with transaction.atomic():
            Entry.objects.create(blog_id=999, headline="x", body_text="", pub_date="2020-01-01")
            Blog.objects.create(name="lost", tagline="l")
            raise RuntimeError("undo")
    except RuntimeError:
        pass
result = (list(Blog.objects.filter(name__in=["kept", "lost"]).values_list("name", flat=True)), [q["sql"].split(" ")[0] for q in connection.queries])
