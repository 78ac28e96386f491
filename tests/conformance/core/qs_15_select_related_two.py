# Two FKs to the same table get aliases.
from bank.models import Transfer

qs = Transfer.objects.select_related("source", "target").order_by("id")
result = [(t.source.owner, t.target.owner) for t in qs]
