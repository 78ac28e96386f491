# get_or_create inside atomic(): the create uses its own savepoint.
from django.db import transaction
from books.models import Publisher

with transaction.atomic():
    p, created = Publisher.objects.get_or_create(name="Manning")
    q, created2 = Publisher.objects.get_or_create(name="Manning")
result = (created, created2, p.pk == q.pk)
