# reverse() flips the ordering; first() then takes the old last.
from bank.models import Account

qs = Account.objects.order_by("balance", "id")
result = (qs.first().owner, qs.reverse().first().owner, qs.last().owner, str(qs.reverse().query))
