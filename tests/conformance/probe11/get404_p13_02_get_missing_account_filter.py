# filter().get() without a match: the same DoesNotExist message.
from bank.models import Account

result = Account.objects.filter(balance__gt=5000).get()
