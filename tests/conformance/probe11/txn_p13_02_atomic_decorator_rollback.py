# atomic as a decorator: the exception rolls the function's work back.
from django.db import transaction
from books.models import Publisher


@transaction.atomic
def add_two():
    Publisher.objects.create(name="First Press")
    Publisher.objects.create(name="Second Press")
    raise ValueError("changed my mind")


try:
    add_two()
except ValueError as exc:
    msg = str(exc)
result = (msg, Publisher.objects.count(), transaction.get_autocommit())
