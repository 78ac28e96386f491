import json, copy, random, heapq, bisect, statistics, pprint, sys, itertools
from collections import ChainMap, deque
from decimal import Decimal
from datetime import date
from blog.models import Entry, Blog
from bank.models import Account
rows = list(Entry.objects.order_by("pk").values("pk", "pub_date", "rating")[:5])
print(json.dumps(rows, default=str))
print(json.dumps(list(Account.objects.order_by("pk").values("pk", "balance")[:2]), default=str, separators=(",", ":")))
pprint.pprint(rows[:2], width=60)
pprint.pprint({"blogs": list(Blog.objects.order_by("pk").values_list("name", flat=True)), "n": 3}, compact=True, width=50)
random.seed(42)
pks = list(Entry.objects.values_list("pk", flat=True).order_by("pk"))
print(random.choice(pks), random.sample(pks, 3), random.randint(1, 10))
shuffled = pks[:8]
random.shuffle(shuffled)
print(shuffled)
ratings = [e.rating for e in Entry.objects.order_by("pk")]
print(heapq.nlargest(3, Entry.objects.order_by("pk")[:20], key=lambda e: (e.rating, e.pk))[0].pk)
print(statistics.mode(ratings), statistics.quantiles(ratings, n=4), statistics.multimode(ratings)[:3])
srt = sorted(ratings)
print(bisect.bisect_left(srt, 5), bisect.bisect_right(srt, 5))
print(list(itertools.pairwise(pks[:4])), list(itertools.combinations(pks[:3], 2)), list(itertools.zip_longest([1, 2], "a")))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm), deque(pks[:5], maxlen=3))
d = copy.deepcopy(rows[0])
d["rating"] = -1
print(rows[0]["rating"] != -1, sys.maxsize > 2**31, sys.version_info >= (3, 8))
result = shuffled
