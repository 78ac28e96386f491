# The Python-side grouping learners write over query results before a
# lesson replaces it with aggregation: rows here are namedtuples standing
# in for Entry instances (tests/lang cannot use the ORM).
from collections import defaultdict, Counter, namedtuple, OrderedDict
from itertools import groupby, chain, islice, accumulate
from operator import attrgetter

Entry = namedtuple('Entry', 'id blog_id headline rating n_comments')
entries = [
    Entry(1, 2, 'Lennon', 5, 3),
    Entry(2, 1, 'Cheddar', 3, 0),
    Entry(3, 2, 'Beatles', 4, 7),
    Entry(4, 3, 'Gouda', 2, 1),
    Entry(5, 1, 'Brie', 5, 2),
    Entry(6, 2, 'McCartney', 1, 0),
]

# Entry.objects.values('blog_id').annotate(n=Count('id'))
by_blog = defaultdict(list)
for e in entries:
    by_blog[e.blog_id].append(e.headline)
print(by_blog)
print(dict(by_blog), sorted(by_blog))

counts = Counter(e.blog_id for e in entries)
print(counts, counts.most_common(2), counts[99])

# annotate(total=Sum('n_comments'))
totals = defaultdict(int)
for e in entries:
    totals[e.blog_id] += e.n_comments
print(totals, max(totals, key=totals.get))

# groupby needs the rows sorted on the key (order_by('blog_id'))
rows = sorted(entries, key=attrgetter('blog_id'))
for blog_id, group in groupby(rows, key=attrgetter('blog_id')):
    group = list(group)
    print(blog_id, len(group), sum(e.rating for e in group) / len(group),
          [e.headline for e in group])
print([(k, len(list(g))) for k, g in groupby(entries, key=attrgetter('blog_id'))])

ratings = Counter()
for e in entries:
    ratings[e.rating] += 1
print(ratings, sorted(ratings.elements()), ratings.total())
print(list(accumulate(e.n_comments for e in entries)))
print([e.id for e in islice(sorted(entries, key=attrgetter('rating'), reverse=True), 3)])
print(list(chain.from_iterable(by_blog.values())))
print(OrderedDict(sorted(counts.items())), [e._asdict() for e in entries[:1]])
print(Counter(e.headline[0] for e in entries).most_common())
