# MultipleObjectsReturned is caught by django.core.exceptions.MultipleObjectsReturned.
from django.core.exceptions import MultipleObjectsReturned
from bank.models import Transfer

try:
    Transfer.objects.get(amount__gt=0)
except MultipleObjectsReturned as exc:
    result = (type(exc).__name__, str(exc), isinstance(exc, Transfer.MultipleObjectsReturned))
