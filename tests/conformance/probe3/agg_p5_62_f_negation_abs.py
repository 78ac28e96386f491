# -F() in annotate and order_by.
from django.db.models import F
from bank.models import Account

qs = Account.objects.annotate(neg=-F("balance")).order_by("neg")
result = ([(a.owner, a.neg) for a in qs], str(qs.query))
