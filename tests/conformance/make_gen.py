"""tests/conformance/make_gen.py SEED OUTDIR COUNT PREFIX — write COUNT
random QuerySet chains over the blog models (filter/exclude with Q, ~, &,
|, ^, F, every lookup on ints, strings and dates, relations spanned both
ways, distinct, order_by, then values/values_list/count/exists/aggregate/
first/last/annotate/slices) as conformance snippets PREFIX_NNNN.py.

tests/conformance/gen holds seed 1 (200, chain_gen) and seed 2 (400,
chain_gen2), recorded from Django like every corpus (see probe12/README.md):
    python3 tests/conformance/make_gen.py 3 /tmp/gen3 300 chain_gen3
    python3 ../shared/conformance/run.py --bare --django-path DJANGO \
        --fixture tests/conformance/fixture.sql /tmp/gen3 > expected.jsonl
A new seed is a new way to look for differences; the corpus keeps the ones
that were looked at.
"""
import random, os, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/gen/cases"
os.makedirs(out, exist_ok=True)
FIELDS = {
    "Entry": {"int": ["rating", "number_of_comments", "number_of_pingbacks", "pk", "id", "blog_id"],
              "str": ["headline", "body_text", "blog__name", "blog__tagline", "authors__name"],
              "date": ["pub_date", "mod_date"]},
    "Blog": {"int": ["pk", "id", "entry__rating", "entry__number_of_comments"],
             "str": ["name", "tagline", "entry__headline", "entry__authors__name"],
             "date": ["entry__pub_date"]},
    "Author": {"int": ["pk", "id", "entry__rating"], "str": ["name", "email", "entry__headline", "entry__blog__name"],
               "date": ["entry__pub_date"]},
}
STRV = ["a", "Django", "the", "x", "Lennon", "%", "_", "Cheese", "", "e"]
def cond(model):
    kind = random.choice(["int", "int", "str", "str", "date"])
    f = random.choice(FIELDS[model][kind])
    if kind == "int":
        lk = random.choice(["", "__gt", "__gte", "__lt", "__lte", "__in", "__range", "__isnull"])
        if lk == "__in":
            v = repr(random.sample(range(0, 12), random.randint(0, 3)))
        elif lk == "__range":
            a = random.randint(0, 8); v = repr((a, a + random.randint(0, 5)))
        elif lk == "__isnull":
            v = repr(random.choice([True, False]))
        else:
            v = repr(random.randint(0, 10))
            if random.random() < 0.2:
                v = 'F("%s")' % random.choice(FIELDS[model]["int"])
    elif kind == "str":
        lk = random.choice(["", "__iexact", "__contains", "__icontains", "__startswith", "__istartswith", "__endswith", "__in", "__isnull", "__regex"])
        if lk == "__in":
            v = repr(random.sample(STRV, 2))
        elif lk == "__isnull":
            v = repr(random.choice([True, False]))
        elif lk == "__regex":
            v = repr(random.choice(["^[A-M]", "o$", "(?i)dj", "e.e"]))
        else:
            v = repr(random.choice(STRV))
    else:
        lk = random.choice(["__year", "__year__gte", "__month", "__month__in", "__gt", "__lte", "__week_day", "__quarter"])
        if lk == "__month__in":
            v = repr(random.sample(range(1, 13), 3))
        elif lk.startswith("__year"):
            v = repr(random.randint(2005, 2011))
        elif lk in ("__gt", "__lte"):
            v = "date(%d, %d, 1)" % (random.randint(2005, 2011), random.randint(1, 12))
        elif lk == "__week_day":
            v = repr(random.randint(1, 7))
        elif lk == "__quarter":
            v = repr(random.randint(1, 4))
        else:
            v = repr(random.randint(1, 12))
    return "%s%s=%s" % (f, lk, v)

def qexpr(model, depth=0):
    r = random.random()
    if depth > 1 or r < 0.5:
        return "Q(%s)" % cond(model)
    op = random.choice(["&", "|", "^"])
    e = "(%s %s %s)" % (qexpr(model, depth + 1), op, qexpr(model, depth + 1))
    if random.random() < 0.25:
        e = "~" + e
    return e

def chain(model):
    parts = ["%s.objects" % model]
    for _ in range(random.randint(1, 3)):
        m = random.choice(["filter", "filter", "exclude", "filterq", "excludeq"])
        if m.endswith("q"):
            parts.append(".%s(%s)" % (m[:-1], qexpr(model)))
        else:
            parts.append(".%s(%s)" % (m, ", ".join(cond(model) for _ in range(random.randint(1, 2)))))
    if random.random() < 0.3:
        parts.append(".distinct()")
    ordf = random.choice(FIELDS[model]["int"] + FIELDS[model]["str"][:2])
    parts.append('.order_by("%s%s", "pk")' % (random.choice(["", "-"]), ordf))
    return "".join(parts)

def snippet(i):
    model = random.choice(["Entry", "Entry", "Blog", "Author"])
    ch = chain(model)
    tail = random.choice([
        '.values_list("pk", flat=True)[:8]', '.count()', '.exists()', '[:3]', '.values("pk")[:5]',
        '.aggregate(n=Count("pk"), m=Max("pk"))', '.first()', '.last()',
        '.annotate(c=Count("pk")).values_list("pk", "c")[:5]',
    ])
    kind = random.choice(["chain", "agg"]) 
    lines = [
        "from datetime import date",
        "from django.db.models import Q, F, Count, Max, Min, Sum, Avg",
        "from blog.models import Entry, Blog, Author",
        "try:",
        "    qs = %s" % ch,
        "    r = qs%s" % tail,
        "    if hasattr(r, 'query'):",
        "        print(r.query)",
        "        r = [getattr(x, 'pk', x) for x in r]",
        "    elif hasattr(r, 'pk'):",
        "        r = r.pk",
        "    print(r)",
        "except Exception as e:",
        "    print(type(e).__name__, e)",
        "    r = None",
        "result = r",
    ]
    with open(os.path.join(out, "%s_%04d.py" % (PREFIX, i)), "w") as f:
        f.write("\n".join(lines) + "\n")

PREFIX = sys.argv[4] if len(sys.argv) > 4 else "chain_gen"
for i in range(int(sys.argv[3]) if len(sys.argv) > 3 else 200):
    snippet(i)
