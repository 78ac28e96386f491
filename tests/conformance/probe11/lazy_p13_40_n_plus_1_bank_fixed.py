# select_related with both foreign keys to Account: one query with two joins.
from bank.models import Transfer

out = []
for t in Transfer.objects.select_related("source", "target").order_by("id"):
    out.append(f"{t.source.owner} -> {t.target.owner}: {t.amount}")
result = out
