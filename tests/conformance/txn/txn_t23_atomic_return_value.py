# The context manager's `as` target is the Atomic object; the decorator keeps the return value.
from django.db import transaction

with transaction.atomic() as a:
    kind = type(a).__name__


@transaction.atomic()
def f(x):
    return x * 2


result = (kind, f(21))
