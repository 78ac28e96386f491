# update_or_create() updates with a SELECT ... then UPDATE in its own atomic block.
from bank.models import Account

a, created = Account.objects.update_or_create(owner="Bob", defaults={"balance": 75})
b, created2 = Account.objects.update_or_create(owner="Zoe", defaults={"balance": 5})
result = (created, a.balance, created2, b.pk)
