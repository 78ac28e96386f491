from django.db.models import (Avg, Case, Count, Exists, ExpressionWrapper, F, FloatField, IntegerField,
                              Max, Min, OuterRef, Q, Subquery, Sum, Value, When)
from django.db.models.functions import Coalesce, Concat, Length, Lower, TruncYear, Upper
from blog.models import Author, Blog, Entry
from books.models import Book, Publisher, Store
E = Entry.objects
cases = [
    Blog.objects.annotate(n=Count("entry")),
    Blog.objects.annotate(n=Count("entry")).filter(n__gt=10).order_by("-n"),
    Blog.objects.annotate(n=Count("entry", filter=Q(entry__rating__gte=5))),
    Blog.objects.annotate(n=Count("entry__authors", distinct=True)),
    E.values("blog__name").annotate(n=Count("id"), best=Max("rating")).order_by("blog__name"),
    E.values("blog").annotate(avg=Avg("rating")).filter(avg__gt=5),
    E.filter(rating__gte=5).values("blog_id").annotate(c=Count("*")),
    Book.objects.annotate(a=Count("authors"), s=Count("store")),
    Store.objects.annotate(lo=Min("books__price"), hi=Max("books__price")),
    Publisher.objects.annotate(total=Sum("book__pages")).order_by("total"),
    E.annotate(score=F("rating") * 2 + F("number_of_comments")),
    E.annotate(ratio=ExpressionWrapper(F("number_of_comments") / F("rating"), output_field=FloatField())),
    E.annotate(lh=Lower("headline"), n=Length("headline")).order_by("-n"),
    Author.objects.annotate(label=Concat("name", Value(" <"), "email", Value(">"))),
    E.annotate(r=Coalesce("rating", 0)),
    E.annotate(band=Case(When(rating__gte=8, then=Value("high")), When(rating__gte=4, then=Value("mid")), default=Value("low"))),
    E.annotate(y=TruncYear("pub_date")).values("y").annotate(n=Count("id")).order_by("y"),
    Blog.objects.annotate(has_top=Exists(E.filter(blog=OuterRef("pk"), rating=10))),
    Blog.objects.annotate(newest=Subquery(E.filter(blog=OuterRef("pk")).order_by("-pub_date").values("headline")[:1])),
    Blog.objects.filter(Exists(E.filter(blog=OuterRef("pk"), rating__lt=2))),
    E.alias(n=Length("headline")).filter(n__gt=20),
    E.filter(number_of_comments__gt=F("number_of_pingbacks") * 2),
    E.order_by(F("rating").desc(nulls_last=True)),
    Blog.objects.annotate(n=Count("entry")).values("name", "n").order_by("-n")[:3],
    Author.objects.annotate(up=Upper("name")).filter(up__startswith="J"),
    Book.objects.values("publisher__name").annotate(avg=Avg("price")).order_by("publisher__name"),
]
out = []
for qs in cases:
    try:
        out.append(str(qs.query))
    except Exception as e:
        out.append("%s: %s" % (type(e).__name__, e))
for line in out:
    print(line)
