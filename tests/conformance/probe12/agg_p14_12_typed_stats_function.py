# A typed stats helper returning a dict of aggregates.
from typing import Dict, Any
from django.db.models import Min, Max, Count
from bank.models import Account

def stats(qs) -> Dict[str, Any]:
    return qs.aggregate(Min("balance"), Max("balance"), n=Count("pk"))

result = stats(Account.objects.exclude(owner__startswith="A"))
