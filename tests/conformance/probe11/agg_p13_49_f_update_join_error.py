# update() with an F() through a relation is refused.
from django.core.exceptions import FieldError
from django.db.models import F
from bank.models import Transfer

try:
    Transfer.objects.update(amount=F("source__balance"))
except FieldError as exc:
    result = str(exc)
