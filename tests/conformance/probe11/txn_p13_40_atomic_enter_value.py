# `with transaction.atomic() as x`: what x is.
from django.db import transaction

with transaction.atomic() as x:
    kind = type(x).__name__
result = kind
