from bank.models import Account, Transfer
a = Account.objects.get(pk=1)
result = (hasattr(a.outgoing, "remove"), hasattr(a.outgoing, "clear"), hasattr(a.outgoing, "add"))
