"""The bank app: accounts and money transfers, for the lessons on transactions.

Moving money touches two rows: do it atomically, and update balances with F()
so that two transfers at once cannot lose an update.
Tables: bank_account, bank_transfer.
"""
from django.db import models


class Account(models.Model):
    # A bank account; balance is a whole number (no cents).
    owner = models.CharField(max_length=100)
    balance = models.IntegerField(default=0)


class Transfer(models.Model):
    # amount moved from source to target; created is set when it is saved.
    source = models.ForeignKey(Account, on_delete=models.PROTECT, related_name='outgoing')
    target = models.ForeignKey(Account, on_delete=models.PROTECT, related_name='incoming')
    amount = models.IntegerField()
    created = models.DateTimeField(auto_now_add=True)
