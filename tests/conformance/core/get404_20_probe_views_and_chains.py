# Many small probes in one snippet (each: label, repr of the value or the error, query count, SQL).
from django.db import connection
from django.db.models import Q, F, Count
from django.shortcuts import get_object_or_404, get_list_or_404
from django.http import Http404, JsonResponse, HttpResponse
from django.test import RequestFactory
from django.core.exceptions import ObjectDoesNotExist, MultipleObjectsReturned
from blog.models import Entry, Blog, Author
out = []
def rec(label, fn):
    n0 = len(connection.queries)
    try:
        v = fn()
    except Exception as e:
        v = "%s: %s" % (type(e).__qualname__, e)
    qs = connection.queries[n0:]
    out.append((label, repr(v)[:300], len(qs), [q["sql"] for q in qs]))
b = Blog.objects.get(pk=2)
rec("404 related mgr", lambda: get_object_or_404(b.entry_set, pk=1))
rec("404 related mgr miss", lambda: get_object_or_404(b.entry_set, pk=2))
rec("404 manager", lambda: get_object_or_404(Entry.objects, headline__startswith="Thoughts on Django"))
rec("404 multiple", lambda: get_object_or_404(Entry, blog_id=1))
rec("404 Q", lambda: get_object_or_404(Entry, Q(pk=1) | Q(pk=2), rating__gte=0))
rec("404 bad klass", lambda: get_object_or_404("Entry", pk=1))
rec("list404 manager", lambda: len(get_list_or_404(Entry.objects, rating=10)))
rec("list404 m2m", lambda: len(get_list_or_404(Author.objects.get(pk=1).entry_set.all())))
rec("dne is odne", lambda: issubclass(Blog.DoesNotExist, ObjectDoesNotExist) and not issubclass(Blog.DoesNotExist, Entry.DoesNotExist))
rec("catch other model dne", lambda: Blog.objects.get(pk=999))
rec("mor message >20", lambda: Entry.objects.get(rating__gte=0))
rec("exc attrs", lambda: (Entry.DoesNotExist.__module__, Entry.DoesNotExist.__qualname__, Entry.MultipleObjectsReturned.__mro__[1].__name__))
rf = RequestFactory()
def view(request, pk):
    e = get_object_or_404(Entry.objects.select_related("blog"), pk=pk)
    return JsonResponse({"h": e.headline, "b": e.blog.name, "q": request.GET.get("q")})
rec("view json", lambda: view(rf.get("/e/1/", {"q": "x"}), 1).content)
rec("view 404", lambda: view(rf.get("/e/999/"), 999))
rec("response", lambda: (HttpResponse("x", status=201).status_code, HttpResponse("é").content, JsonResponse([1, 2], safe=False).content))
rec("chain nested Q", lambda: str(Entry.objects.filter(Q(Q(rating=1) | Q(rating=2)) & ~Q(Q(blog_id=1) | Q(headline__contains="x"))).query))
rec("chain Q kw mix", lambda: str(Entry.objects.filter(Q(rating=1) | Q(blog__name="x"), headline__startswith="A").order_by("-id").query))
rec("chain exclude Q or", lambda: str(Entry.objects.exclude(Q(rating__lt=3) | Q(blog__name__icontains="cheese")).query))
rec("chain filter excl filter", lambda: str(Entry.objects.filter(rating__gt=2).exclude(blog_id=3).filter(pub_date__year=2010).values("id").query))
rec("chain annotate order", lambda: str(Blog.objects.filter(entry__rating__gte=5).annotate(n=Count("entry")).order_by("-n", "name").query))
rec("chain distinct values", lambda: str(Blog.objects.filter(entry__authors__name__startswith="J").values_list("name", flat=True).distinct().order_by("name").query))
rec("chain Q isnull", lambda: str(Entry.objects.filter(Q(blog__isnull=True) | Q(rating__isnull=True)).query))
rec("chain in values_list", lambda: str(Entry.objects.filter(blog__in=Blog.objects.filter(name__contains="o").values_list("id", flat=True)).query))
rec("chain F span", lambda: str(Entry.objects.filter(rating__gt=F("blog__entry__rating")).query))
rec("chain neg Q m2m", lambda: str(Entry.objects.filter(~Q(authors__name="Joe")).query))
rec("chain range date", lambda: str(Entry.objects.filter(pub_date__range=("2008-01-01", "2009-12-31"), rating__in=[1, 2]).query))
result = out
