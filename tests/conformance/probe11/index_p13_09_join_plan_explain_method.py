# explain() of a join across a forward FK.
from bank.models import Transfer

result = Transfer.objects.filter(source__owner="Dave").explain()
