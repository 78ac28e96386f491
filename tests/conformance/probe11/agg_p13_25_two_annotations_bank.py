# Sum over incoming and outgoing transfers in one annotate() multiplies rows.
from django.db.models import Sum, Count
from bank.models import Account

rows = list(Account.objects.annotate(inc=Sum("incoming__amount"), out=Sum("outgoing__amount"),
                                     n=Count("incoming"))
            .order_by("id").values_list("owner", "inc", "out", "n"))
result = rows
