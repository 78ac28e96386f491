from django.db import connection, reset_queries
from django.db.models import Q
from blog.models import Entry, Blog
import pickle
def n(fn):
    start = len(connection.queries)
    fn()
    qs = connection.queries[start:]
    return "%d|%s" % (len(qs), qs[0]["sql"] if qs else "")
def t1():
    qs = Entry.objects.filter(blog_id=3); list(qs); list(qs)
def t2():
    qs = Entry.objects.filter(rating__gte=8); len(qs); qs.count()
def t3():
    qs = Entry.objects.filter(blog_id=4); qs.exists(); list(qs)
def t4():
    qs = Entry.objects.filter(blog_id=4); list(qs); qs.exists(); qs.first()
def t5():
    qs = Entry.objects.order_by("id"); repr(qs); repr(qs)
def t6():
    Entry.objects.order_by("id")[::2]
def t7():
    qs = Entry.objects.order_by("id"); qs[3]; qs[5:8]
def t8():
    bool(Entry.objects.filter(rating=10))
def t9():
    Entry.objects.filter(blog_id=4).first(); Entry.objects.filter(blog_id=4).last()
def t10():
    e = Entry.objects.get(pk=1); e.blog; e.blog; e.blog_id
def t11():
    pickle.loads(pickle.dumps(Entry.objects.filter(id__lt=3)))
def t12():
    b = Blog.objects.get(pk=2); list(b.entry_set.all()); b.entry_set.count()
def t13():
    list(Blog.objects.filter(Q(entry__rating=1) | Q(name="x")))
def t14():
    list(Entry.objects.values_list("blog__name", flat=True).order_by("blog__name", "-id")[:2])
def t15():
    list(Entry.objects.filter(id__in=[]))
def t16():
    Entry.objects.filter(blog_id=4).count(); Entry.objects.filter(blog_id=4)[2:4].count()
def t17():
    Entry.objects.filter(id__lte=3).iterator(); list(Entry.objects.filter(id__lte=3).iterator())
def t18():
    e = Entry.objects.only("headline").get(pk=1); e.rating
for i, f in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18], 1):
    print("t%d" % i, n(f))
