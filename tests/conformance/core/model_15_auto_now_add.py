# auto_now_add is filled at save() time.
from bank.models import Transfer

t = Transfer(source_id=1, target_id=2, amount=5)
before = t.created
t.save()
result = (before, t.created, t.pk)
