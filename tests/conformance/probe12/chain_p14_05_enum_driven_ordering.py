# An Enum picking the ordering of a chain.
import enum
from bank.models import Account

class Sort(enum.Enum):
    RICH = "-balance"
    NAME = "owner"

def listing(sort: Sort):
    return Account.objects.order_by(sort.value, "pk").values_list("owner", flat=True)

result = (list(listing(Sort.RICH)[:2]), str(listing(Sort.NAME).query))
