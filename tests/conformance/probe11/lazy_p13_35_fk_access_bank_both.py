# transfer.source and transfer.target are separate lazy lookups: two extra queries.
from bank.models import Transfer

t = Transfer.objects.get(pk=1)
result = (t.source.owner, t.target.owner, t.source.owner)
