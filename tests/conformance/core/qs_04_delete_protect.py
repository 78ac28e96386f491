# A bulk delete blocked by PROTECT.
from bank.models import Account

result = Account.objects.all().delete()
