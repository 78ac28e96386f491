# bulk_create with a duplicate pk inside atomic(): nothing of the batch is kept.
from django.db import transaction, IntegrityError
from books.models import Publisher

try:
    with transaction.atomic():
        Publisher.objects.bulk_create([Publisher(name="B1"), Publisher(id=2, name="Dup")])
except IntegrityError as exc:
    err = str(exc)
result = (err, Publisher.objects.count())
