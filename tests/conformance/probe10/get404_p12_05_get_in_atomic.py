from django.db import transaction
from django.shortcuts import get_object_or_404
from django.http import Http404
from bank.models import Account
try:
    with transaction.atomic():
        Account.objects.filter(pk=1).update(balance=0)
        get_object_or_404(Account, owner="Zed")
except Http404 as exc:
    msg = str(exc)
result = (msg, Account.objects.get(pk=1).balance)
