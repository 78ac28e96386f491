# get_autocommit() is True outside atomic() and False inside.
from django.db import transaction

outside = transaction.get_autocommit()
with transaction.atomic():
    inside = transaction.get_autocommit()
result = (outside, inside, transaction.get_autocommit())
