# get() on select_for_update() inside atomic: no LIMIT 21? (Django omits it only when the backend can't combine).
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    a = Account.objects.select_for_update().get(pk=1)
result = a.owner
