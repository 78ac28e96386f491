from django.db import connection, models, IntegrityError, transaction
from blog.models import Author
with connection.schema_editor() as editor:
    editor.add_index(Author, models.Index(fields=["email"], name="p11_email_idx"))
with connection.cursor() as c:
    c.execute("CREATE UNIQUE INDEX p11_name_uniq ON blog_author (name)")
try:
    with transaction.atomic():
        Author.objects.create(name="Joe", email="joe2@example.com")
except IntegrityError as exc:
    result = (type(exc).__name__, str(exc), Author.objects.filter(email="joe@example.com").explain())
