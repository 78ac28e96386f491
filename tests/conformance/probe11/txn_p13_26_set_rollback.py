# set_rollback(True) rolls back without an exception.
from django.db import transaction
from books.models import Publisher

with transaction.atomic():
    Publisher.objects.create(name="Dry Run Press")
    transaction.set_rollback(True)
result = Publisher.objects.filter(name="Dry Run Press").exists()
