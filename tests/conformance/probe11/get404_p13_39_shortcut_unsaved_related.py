# get_object_or_404 filtering by an unsaved related instance: ValueError, not Http404.
from django.http import Http404
from django.shortcuts import get_object_or_404
from bank.models import Account, Transfer

new = Account(owner="Nobody")
try:
    get_object_or_404(Transfer, source=new)
    result = "found"
except Http404 as exc:
    result = ("404", str(exc))
except ValueError as exc:
    result = ("ValueError", str(exc))
