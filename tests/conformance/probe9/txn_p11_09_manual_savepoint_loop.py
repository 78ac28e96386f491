from django.db import transaction
from blog.models import Author
kept = []
with transaction.atomic():
    for name in ["A1", "bad", "A2"]:
        sid = transaction.savepoint()
        Author.objects.create(name=name, email=f"{name}@x.org")
        if name == "bad":
            transaction.savepoint_rollback(sid)
        else:
            transaction.savepoint_commit(sid)
            kept.append(name)
result = (kept, list(Author.objects.filter(email__endswith="@x.org").order_by("name").values_list("name", flat=True)))
