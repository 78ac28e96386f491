# Output with sys.stdout.write in a loop over a queryset.
import sys
from bank.models import Account

for acc in Account.objects.order_by("pk"):
    sys.stdout.write(f"{acc.owner}: {acc.balance}\n")
result = sys.stdout.write("done\n")
