"""tests/conformance/make_gen_lazy.py SEED OUTDIR COUNT PREFIX — write COUNT
random sequences of QuerySet evaluations as conformance snippets
PREFIX_NNNN.py: one QuerySet (filtered, ordered, maybe select_related/
prefetch_related/only/defer/values), then a random run of what evaluates
it or not — len, bool, list, iteration, indexing, slicing with and without
a step, `in`, repr, count, exists, first, last, get, all(), related access,
pickle — printing what each gives and how many queries it ran, as lesson 1
teaches. See make_gen.py for how a corpus is recorded."""
import os
import random
import sys

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/genlazy"
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 200
PREFIX = sys.argv[4] if len(sys.argv) > 4 else "lazy_gen"
os.makedirs(OUT, exist_ok=True)

BASES = [
    'Entry.objects.filter(rating__gte=%d)' % 0,
    'Entry.objects.filter(rating__gte=5)',
    'Entry.objects.exclude(headline__contains="o")',
    'Entry.objects.filter(blog__name__startswith="D")',
    'Entry.objects.filter(pk__in=[])',
    'Entry.objects.none()',
    'Blog.objects.all()',
    'Author.objects.filter(name__contains="a")',
    'Entry.objects.filter(pub_date__year=2007)',
]
SHAPES = ['', '.select_related("blog")', '.prefetch_related("authors")', '.only("headline")',
          '.defer("body_text")', '.order_by("-pk")', '.order_by("rating", "pk")', '.distinct()',
          '.reverse()', '.select_related("blog").prefetch_related("authors")']
OPS = [
    'len(qs)', 'bool(qs)', 'qs.count()', 'qs.exists()', '[o.pk for o in qs][:4]', 'qs[0].pk',
    '[o.pk for o in qs[1:3]]', '[o.pk for o in qs[::2]][:3]', 'qs[2:4].count()', 'qs.first() and qs.first().pk',
    'qs.last() and qs.last().pk', 'len(repr(qs)) > 0', 'qs.all().count()', 'qs.values_list("pk", flat=True)[:3]',
    'qs.filter(pk__gt=3).exists()', 'qs._result_cache is None', 'len(list(qs))', 'sorted(o.pk for o in qs)[:3]',
    'any(True for _ in qs)', 'qs.in_bulk([1, 2, 3]) and sorted(qs.in_bulk([1, 2, 3]))',
    'pickle.loads(pickle.dumps(qs)).count()', 'qs[:5][0].pk',
    '[getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None',
    '[len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None',
    '[o.headline for o in qs[:2]] if qs.model is Entry else None',
    '[o.body_text[:5] for o in qs[:2]] if qs.model is Entry else None',
    'qs.get(pk=1).pk', 'qs.order_by("pk")[3:].first() and qs.order_by("pk")[3:].first().pk',
]


def snippet(i):
    base = random.choice(BASES)
    shape = random.choice(SHAPES)
    if base.startswith("Blog") or base.startswith("Author"):
        shape = random.choice(['', '.order_by("-pk")', '.distinct()', '.reverse()'])
    ops = random.sample(OPS, random.randint(3, 7))
    lines = ["import pickle",
             "from django.db import connection",
             "from blog.models import Entry, Blog, Author",
             "qs = %s%s" % (base, shape),
             "out = []"]
    for op in ops:
        lines += ["n = len(connection.queries)",
                  "try:",
                  "    v = %s" % op,
                  "except Exception as e:",
                  "    v = '%s: %s' % (type(e).__name__, e)",
                  "out.append((%r, v, len(connection.queries) - n))" % op]
    lines += ["for row in out:", "    print(*row)", "result = len(connection.queries)"]
    with open(os.path.join(OUT, "%s_%04d.py" % (PREFIX, i)), "w") as f:
        f.write("\n".join(lines) + "\n")


for i in range(COUNT):
    snippet(i)
