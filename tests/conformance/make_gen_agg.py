"""tests/conformance/make_gen_agg.py SEED OUTDIR COUNT PREFIX — write COUNT
random aggregation chains over the blog and books models as conformance
snippets PREFIX_NNNN.py: values() grouping, annotate() with Count/Sum/Avg/
Max/Min (distinct=, filter=Q), F arithmetic, Case/When, Coalesce, database
functions (Lower, Length, ExtractYear, TruncMonth, Concat, Greatest), a
filter on an annotation (HAVING), Subquery/OuterRef/Exists annotations,
window functions, order_by an annotation, then a slice, aggregate(),
values_list() or count(). See make_gen.py for how a corpus is recorded."""
import os
import random
import sys

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/genagg"
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 200
PREFIX = sys.argv[4] if len(sys.argv) > 4 else "agg_gen"
os.makedirs(OUT, exist_ok=True)

MODELS = {
    "Entry": {"num": ["rating", "number_of_comments", "number_of_pingbacks"], "rel_num": ["authors__id"],
              "str": ["headline", "blog__name"], "date": ["pub_date", "mod_date"], "group": ["blog__name", "blog", "rating", "pub_date__year"],
              "sub": ("Blog", "pk", "blog")},
    "Blog": {"num": ["entry__rating", "entry__number_of_comments"], "rel_num": ["entry__authors__id"],
             "str": ["name", "tagline"], "date": ["entry__pub_date"], "group": ["name", "tagline"],
             "sub": ("Entry", "blog", "pk")},
    "Book": {"num": ["pages", "price", "rating"], "rel_num": ["authors__age"], "str": ["name", "publisher__name"],
             "date": ["pubdate"], "group": ["publisher__name", "publisher", "rating"],
             "sub": ("Publisher", "pk", "publisher")},
    "Publisher": {"num": ["num_awards", "book__pages", "book__price"], "rel_num": ["book__authors__age"],
                  "str": ["name"], "date": ["book__pubdate"], "group": ["name", "num_awards"],
                  "sub": ("Book", "publisher", "pk")},
}


def agg(m):
    fn = random.choice(["Count", "Sum", "Avg", "Max", "Min", "Count"])
    f = random.choice(MODELS[m]["num"] + MODELS[m]["rel_num"] + ["pk"])
    args = ['"%s"' % f]
    if fn in ("Count", "Sum", "Avg") and random.random() < 0.3:
        args.append("distinct=True")
    if random.random() < 0.25:
        g = random.choice(MODELS[m]["num"])
        args.append('filter=Q(%s__gt=%d)' % (g, random.randint(1, 5)))
    if fn != "Count" and random.random() < 0.2:
        args.append("default=0")
    return "%s(%s)" % (fn, ", ".join(args))


def expr(m):
    k = random.random()
    nums = MODELS[m]["num"]
    if k < 0.25:
        return 'F("%s") %s %s' % (random.choice(nums), random.choice(["+", "-", "*"]),
                                  random.choice(['F("%s")' % random.choice(nums), str(random.randint(1, 4))]))
    if k < 0.4:
        n = random.choice(nums)
        return 'Case(When(%s__gte=%d, then=Value("hi")), default=Value("lo"))' % (n, random.randint(1, 8))
    if k < 0.5:
        return 'Coalesce("%s", 0)' % random.choice(nums)
    if k < 0.6:
        return 'Lower("%s")' % random.choice(MODELS[m]["str"])
    if k < 0.68:
        return 'Length("%s")' % random.choice(MODELS[m]["str"])
    if k < 0.76:
        return 'ExtractYear("%s")' % random.choice(MODELS[m]["date"])
    if k < 0.82:
        return 'TruncMonth("%s")' % random.choice(MODELS[m]["date"])
    if k < 0.88:
        s = MODELS[m]["str"]
        return 'Concat("%s", Value("-"), "%s", output_field=CharField())' % (random.choice(s), random.choice(s))
    if k < 0.94:
        sub_model, sub_field, outer = MODELS[m]["sub"]
        return 'Exists(%s.objects.filter(%s=OuterRef("%s")))' % (sub_model, sub_field, outer)
    return agg(m)


def snippet(i):
    m = random.choice(list(MODELS))
    d = MODELS[m]
    lines = ["from datetime import date",
             "from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,",
             "                              Exists, OuterRef, Subquery, Window)",
             "from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber",
             "from blog.models import Entry, Blog, Author",
             "from books.models import Book, Publisher, Store",
             "try:"]
    chain = "%s.objects" % m
    shape = random.choice(["group", "annotate", "aggregate", "window"])
    names = []
    if shape == "group":
        g = random.sample(d["group"], random.randint(1, 2))
        chain += ".values(%s)" % ", ".join('"%s"' % x for x in g)
        names += g
        for j in range(random.randint(1, 2)):
            chain += ".annotate(a%d=%s)" % (j, agg(m))
            names.append("a%d" % j)
        if random.random() < 0.4:
            chain += ".filter(a0__gt=%d)" % random.randint(0, 5)
        chain += '.order_by(%s)' % ", ".join('"%s"' % x for x in (random.sample(names, len(names))))
        tail = random.choice(["[:6]", ".count()"])
    elif shape == "annotate":
        for j in range(random.randint(1, 3)):
            chain += ".annotate(x%d=%s)" % (j, expr(m))
            names.append("x%d" % j)
        if random.random() < 0.3:
            chain += ".filter(%s__gt=%d)" % (random.choice(d["num"]), random.randint(0, 4))
        chain += '.order_by("%s", "pk")' % random.choice(names)
        tail = random.choice(['.values_list("pk", %s)[:5]' % ", ".join('"%s"' % n for n in names), ".count()"])
    elif shape == "aggregate":
        chain += ".filter(%s__gte=%d)" % (random.choice(d["num"]), random.randint(0, 4)) if random.random() < 0.5 else ""
        tail = ".aggregate(%s)" % ", ".join("r%d=%s" % (j, agg(m)) for j in range(random.randint(1, 3)))
    else:
        part = random.choice(d["group"][:2])
        order = random.choice(d["num"][:1])
        fn = random.choice(["Rank()", "RowNumber()", 'Max("%s")' % order])
        chain += '.annotate(w=Window(%s, partition_by=F("%s"), order_by=F("%s").desc()))' % (fn, part, order)
        chain += '.order_by("pk")'
        tail = '.values_list("pk", "w")[:6]'
    lines += ["    r = %s%s" % (chain, tail),
              "    if hasattr(r, 'query'):",
              "        print(r.query)",
              "        r = list(r)",
              "    print(r)",
              "except Exception as e:",
              "    print(type(e).__name__, e)",
              "    r = None",
              "result = r"]
    with open(os.path.join(OUT, "%s_%04d.py" % (PREFIX, i)), "w") as f:
        f.write("\n".join(lines) + "\n")


for i in range(COUNT):
    snippet(i)
