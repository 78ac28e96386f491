from bank.models import Transfer
t = Transfer(source_id=1, target_id=2, amount=5)
result = repr(t.created)
