# get_autocommit() is True outside atomic(), and stays True inside (Django's view).
from django.db import transaction, connection

a = transaction.get_autocommit()
with transaction.atomic():
    b = transaction.get_autocommit()
    c = connection.in_atomic_block
result = (a, b, c, connection.in_atomic_block)
