# filter(Exists(...)) and filter(~Exists(...)): accounts that sent money and those that never did.
from django.db.models import Exists, OuterRef
from bank.models import Account, Transfer

sent = Transfer.objects.filter(source=OuterRef("pk"))
senders = list(Account.objects.filter(Exists(sent)).order_by("id").values_list("owner", flat=True))
never = list(Account.objects.filter(~Exists(sent)).order_by("id").values_list("owner", flat=True))
result = (senders, never)
