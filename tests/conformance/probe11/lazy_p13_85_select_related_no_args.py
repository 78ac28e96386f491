# select_related() without arguments follows every non-null foreign key.
from bank.models import Transfer

qs = Transfer.objects.select_related().order_by("id")
rows = [(t.source.owner, t.target.owner) for t in qs]
result = (rows, str(qs.query))
