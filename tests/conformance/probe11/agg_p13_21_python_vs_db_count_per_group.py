# Counting per group in Python vs values().annotate() in the database.
from collections import Counter
from django.db.models import Count
from bank.models import Transfer, Account

py = Counter(t.source.owner for t in Transfer.objects.order_by("id"))
db = {r["source__owner"]: r["n"] for r in Transfer.objects.values("source__owner").annotate(n=Count("id"))}
result = (dict(py) == db, sorted(db.items()))
