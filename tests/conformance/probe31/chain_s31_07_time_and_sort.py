import time
from datetime import date, datetime, timedelta
from blog.models import Entry
t0 = time.perf_counter()
entries = list(Entry.objects.only("pk", "pub_date", "rating").order_by("pk"))
elapsed = time.perf_counter() - t0
print(elapsed >= 0, isinstance(elapsed, float))
print(sorted({e.pub_date.strftime("%Y-%m") for e in entries})[:3])
print([e.pub_date.strftime("%a %U %j %y") for e in entries[:2]], entries[0].pub_date.weekday(), entries[0].pub_date.isoweekday())
byw = {}
for e in entries:
    byw.setdefault(e.pub_date.isocalendar().week, []).append(e.pk)
print(sorted(byw)[:5], date(2024, 2, 29) + timedelta(days=365), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(datetime(2024, 1, 15, 12, 0).isoformat(timespec="minutes"), datetime.fromisoformat("2024-01-15T12:30:00").hour)
stable = sorted(entries, key=lambda e: e.rating, reverse=True)
print([e.pk for e in stable[:6]], [e.pk for e in sorted(entries[:6], key=lambda e: e.pub_date)])
print(max(entries, key=lambda e: e.pub_date).pk, min(e.pub_date for e in entries))
result = len(entries)
