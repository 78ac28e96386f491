# order_by() a M2M field repeats entries once per author.
from blog.models import Entry

qs = Entry.objects.filter(pk__in=[1, 2, 3]).order_by("authors__name", "id")
result = [e.id for e in qs]
