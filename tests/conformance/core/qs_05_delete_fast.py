# Deleting rows that nothing points to.
from bank.models import Transfer

result = Transfer.objects.filter(amount__lt=20).delete()
