# get_object_or_404 on a missing account: Http404 with the model's verbose name.
from django.shortcuts import get_object_or_404
from django.http import Http404
from bank.models import Account

try:
    get_object_or_404(Account, owner="Mallory")
except Http404 as exc:
    result = (type(exc).__name__, str(exc), exc.args)
