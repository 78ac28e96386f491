from django.db.models import F


def deposit(account, amount):
    account.balance = F("balance") + amount
    account.save(update_fields=["balance"])
    account.refresh_from_db(fields=["balance"])
