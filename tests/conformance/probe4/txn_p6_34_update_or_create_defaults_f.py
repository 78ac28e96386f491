from django.db.models import F
from bank.models import Account
a, created = Account.objects.update_or_create(owner="Bob", defaults={"balance": F("balance") + 1})
a.refresh_from_db()
result = (a.balance, created)
