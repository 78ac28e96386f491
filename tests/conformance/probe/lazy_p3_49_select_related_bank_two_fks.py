# Transfer.select_related("source", "target"): one query, two aliased joins.
from bank.models import Transfer

result = [(t.source.owner, t.target.owner, t.amount) for t in Transfer.objects.select_related("source", "target").order_by("id")]
