# aggregate() with a non-expression positional argument, and with an F() that is not an aggregate.
from django.db.models import F
from bank.models import Account

out = []
for call in (lambda: Account.objects.aggregate("balance"), lambda: Account.objects.aggregate(x=F("balance"))):
    try:
        call()
        out.append("ok")
    except TypeError as exc:
        out.append(("TypeError", str(exc)))
result = out
