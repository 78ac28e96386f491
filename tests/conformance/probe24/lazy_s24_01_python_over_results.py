# Plain Python over ORM results: groupby, Counter, statistics, sorting.
import itertools, statistics
from collections import Counter, defaultdict
from operator import attrgetter, itemgetter
from blog.models import Entry
rows = list(Entry.objects.values_list("blog_id", "rating").order_by("blog_id", "pk"))
for blog_id, grp in itertools.groupby(rows, key=itemgetter(0)):
    rs = [r for _, r in grp]
    print(blog_id, len(rs), statistics.mean(rs), statistics.median(rs), max(rs))
c = Counter(r for _, r in rows)
print(c.most_common(3), sum(c.values()))
d = defaultdict(list)
for e in Entry.objects.filter(pk__lte=6):
    d[e.blog_id].append(e.pk)
print(dict(d))
top = sorted(Entry.objects.filter(pk__lte=8), key=attrgetter("rating", "pk"), reverse=True)[:3]
print([(e.pk, e.rating) for e in top])
print(statistics.pstdev([r for _, r in rows]), round(statistics.stdev([r for _, r in rows]), 4))
result = c.most_common(1)
