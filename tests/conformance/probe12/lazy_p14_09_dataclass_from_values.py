# A dataclass built from values() rows, then asdict().
from dataclasses import dataclass, asdict
from bank.models import Account

@dataclass
class AccountRow:
    id: int
    owner: str
    balance: int

rows = [AccountRow(**r) for r in Account.objects.values("id", "owner", "balance").order_by("id")[:3]]
result = [asdict(r) for r in rows]
