from django.core.exceptions import ValidationError
from bank.models import Account
a = Account(owner="Z", balance="lots")
try:
    a.full_clean()
    result = "ok"
except ValidationError as e:
    result = e.message_dict
