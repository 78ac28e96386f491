# Many small probes in one snippet (each: label, repr of the value or the error, query count, SQL).
import pickle
from django.db import connection
from django.db.models import Q, F
from django.shortcuts import get_object_or_404, get_list_or_404
from django.http import Http404
from blog.models import Entry, Blog, Author
out = []
def rec(label, fn):
    n0 = len(connection.queries)
    try:
        v = fn()
    except Exception as e:
        v = "%s: %s" % (type(e).__name__, e)
    qs = connection.queries[n0:]
    out.append((label, repr(v)[:300], len(qs), [q["sql"] for q in qs]))
rec("pickle inst", lambda: pickle.loads(pickle.dumps(Entry.objects.get(pk=2))).headline)
rec("values repr", lambda: repr(Entry.objects.filter(id__lt=3).values("id", "headline")))
rec("in values_list", lambda: 3 in Entry.objects.values_list("id", flat=True))
rec("slice slice", lambda: list(Entry.objects.order_by("id")[5:20][2:4]))
rec("none count", lambda: (Entry.objects.none().count(), bool(Entry.objects.none()), list(Entry.objects.none())))
rec("get many", lambda: Entry.objects.get(rating__gte=1))
rec("404 qs", lambda: get_object_or_404(Entry.objects.filter(blog_id=1), pk=2))
rec("404 list qs", lambda: [e.id for e in get_list_or_404(Entry.objects.order_by("id"), blog_id=3)][:3])
rec("exists sliced", lambda: Entry.objects.order_by("id")[3:5].exists())
rec("first vl", lambda: Entry.objects.values_list("headline", flat=True).first())
rec("last multi", lambda: Entry.objects.order_by("rating", "-id").last())
rec("earliest", lambda: Entry.objects.earliest("pub_date"))
rec("latest none", lambda: Entry.objects.latest())
rec("in_bulk", lambda: Entry.objects.in_bulk([1, 2]))
rec("reverse unordered", lambda: list(Entry.objects.filter(id__lt=3).reverse()))
rec("distinct count", lambda: Entry.objects.values("blog_id").distinct().count())
rec("order fk", lambda: list(Entry.objects.order_by("blog")[:2]))
rec("order m2m", lambda: list(Entry.objects.order_by("authors__name").values_list("id", flat=True)[:3]))
rec("self join", lambda: Entry.objects.filter(blog__entry__rating=10).count())
rec("sr all", lambda: str(Entry.objects.select_related().query))
rec("exclude pk none", lambda: Entry.objects.exclude(pk=None).count())
rec("filter none fk", lambda: Entry.objects.filter(blog=None).count())
rec("q empty", lambda: Entry.objects.filter(Q()).count())
rec("f order", lambda: list(Entry.objects.order_by(F("rating").desc(), "id").values_list("id", flat=True)[:3]))
rec("count after slice", lambda: Entry.objects.all()[:7].count())
rec("len sliced", lambda: len(Entry.objects.all()[55:70]))
rec("idx neg", lambda: Entry.objects.all()[-1])
rec("bad idx", lambda: Entry.objects.all()["a"])
rec("filter after slice", lambda: Entry.objects.all()[:3].filter(id=1))
rec("get kw bad", lambda: Entry.objects.get(pk="x"))
rec("annot on inst", lambda: Blog.objects.get(pk=1).entry_set.count())
rec("m2m reverse", lambda: [a.name for a in Author.objects.get(pk=1).entry_set.all()[:2]])
rec("date lookup str", lambda: Entry.objects.filter(pub_date__gt="2009-01-01").count())
rec("eq hash", lambda: (Entry.objects.get(pk=1) == Entry.objects.get(pk=1), len({Entry.objects.get(pk=1), Entry.objects.get(pk=1)})))
rec("repr model", lambda: (repr(Blog(name="x")), str(Blog(name="x"))))
rec("unsaved hash", lambda: hash(Blog(name="x")))
rec("iterator chunk", lambda: len(list(Entry.objects.iterator(chunk_size=10))))
rec("values fk", lambda: list(Entry.objects.filter(id=1).values("blog", "blog__name")))
rec("vl named", lambda: list(Blog.objects.values_list("id", "name", named=True)[:1]))
result = out
