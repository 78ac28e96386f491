# select_related() with no arguments follows all non-null FKs.
from bank.models import Transfer

result = [(t.source.owner, t.target.owner, t.amount) for t in Transfer.objects.select_related().order_by("id")]
