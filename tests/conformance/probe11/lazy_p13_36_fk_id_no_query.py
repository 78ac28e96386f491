# The _id attributes of both foreign keys need no query.
from bank.models import Transfer

t = Transfer.objects.get(pk=2)
result = (t.source_id, t.target_id, t.amount)
