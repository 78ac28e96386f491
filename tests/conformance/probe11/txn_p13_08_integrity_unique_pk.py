# IntegrityError from a duplicate primary key inside atomic(): the whole block is rolled back.
from django.db import transaction, IntegrityError
from books.models import Publisher

try:
    with transaction.atomic():
        Publisher.objects.create(name="New One")
        Publisher.objects.create(id=1, name="Clash")
except IntegrityError as exc:
    err = "%s: %s" % (type(exc).__name__, exc)
result = (err, Publisher.objects.filter(name="New One").exists())
