from django.db import transaction
a = transaction.get_autocommit()
with transaction.atomic():
    b = transaction.get_autocommit()
    c = transaction.get_connection().in_atomic_block
result = (a, b, c)
