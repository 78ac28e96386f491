from django.db import transaction
sent = []
with transaction.atomic():
    for i in range(3):
        transaction.on_commit(lambda i=i: sent.append(f"mail {i}"))
        if i == 1:
            try:
                with transaction.atomic():
                    transaction.on_commit(lambda: sent.append("lost"))
                    raise ValueError
            except ValueError:
                pass
result = sent
