# The Python-loop versions learners write before the database versions.
from collections import Counter, defaultdict, OrderedDict, namedtuple
from itertools import groupby, chain, islice, accumulate
from operator import attrgetter, itemgetter
from statistics import mean, median, pstdev
from functools import reduce, lru_cache, partial
import math
from blog.models import Entry, Blog

entries = list(Entry.objects.select_related("blog").order_by("pk"))
by_blog = defaultdict(list)
for e in entries:
    by_blog[e.blog.name].append(e.rating)
print(sorted((k, len(v), round(mean(v), 3)) for k, v in by_blog.items()))
c = Counter(e.pub_date.year for e in entries)
print(c.most_common(3), sum(c.values()))
years = sorted(entries, key=attrgetter("pub_date"))
for y, grp in groupby(years, key=lambda e: e.pub_date.year):
    g = list(grp)
    print(y, len(g), max(g, key=attrgetter("rating")).headline[:20])
    break
print(median(e.number_of_comments for e in entries), round(pstdev([e.rating for e in entries]), 4))
print(reduce(lambda a, e: a + e.number_of_pingbacks, entries, 0))
print(list(accumulate(e.rating for e in islice(entries, 6))))
Row = namedtuple("Row", "pk rating")
rows = [Row(e.pk, e.rating) for e in entries[:3]]
print(rows, rows[0]._asdict(), sorted(rows, key=itemgetter(1), reverse=True)[0])
print(math.fsum(e.rating / 3 for e in entries))
top = sorted(entries, key=lambda e: (-e.rating, e.pk))[:3]
print([f"{e.pk:>4}|{e.headline[:10]:<10}|{e.rating:03d}|{e.pub_date:%Y/%m/%d}" for e in top])
result = dict(c)
