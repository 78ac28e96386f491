from datetime import date, datetime
from django.db.models import Q, F
from blog.models import Entry, Blog, Author
from books.models import Book, Store
from bank.models import Transfer
E = Entry.objects
cases = [
    E.filter(headline__exact="x"), E.filter(headline__iexact="x_y"), E.filter(headline__contains="50%"),
    E.filter(headline__icontains="a"), E.filter(id__in=[3, 1, 3, None]), E.filter(id__in=[]),
    E.filter(rating__gt=3), E.filter(rating__gte=3), E.filter(rating__lt=3), E.filter(rating__lte=3),
    E.filter(headline__startswith="a"), E.filter(headline__istartswith="a"), E.filter(headline__endswith="a"),
    E.filter(headline__iendswith="a"), E.filter(rating__range=(2, 5)), E.filter(pub_date__range=(date(2008, 1, 1), "2009-01-01")),
    E.filter(blog__isnull=True), E.filter(headline__isnull=False), E.filter(headline__regex=r"^a"), E.filter(headline__iregex=r"^a"),
    E.filter(pub_date__year=2008), E.filter(pub_date__year__gt=2008), E.filter(pub_date__year__lte=2008), E.filter(pub_date__month=3),
    E.filter(pub_date__day__gte=3), E.filter(pub_date__week_day=2), E.filter(pub_date__year__in=[2008, 2009]),
    E.filter(pub_date__month__in=[1, 2]), E.filter(pub_date=date(2008, 1, 1)), E.filter(pub_date="2008-01-01"),
    Transfer.objects.filter(created__date=date(2024, 1, 15)), Transfer.objects.filter(created__year=2024),
    Transfer.objects.filter(created__hour=12), Transfer.objects.filter(created__gte=datetime(2024, 1, 1, 8, 30)),
    E.filter(blog__name="x"), E.filter(blog__name__startswith="x"), E.filter(blog=2), E.filter(blog_id=2), E.filter(blog__id=2), E.filter(blog__pk=2),
    E.filter(authors__name="x"), E.filter(authors=3), E.filter(authors__id__in=[1, 2]),
    Blog.objects.filter(entry__headline="x"), Blog.objects.filter(entry__authors__name="x"), Blog.objects.filter(entry__rating=1, entry__headline="h"),
    Blog.objects.filter(entry__rating=1).filter(entry__headline="h"), Author.objects.filter(entry__blog__name="b"),
    E.filter(Q(rating=1) | Q(blog__name="x")), E.filter(Q(rating=1) & ~Q(headline="x")), E.filter(~Q(rating=1) | ~Q(rating=2)),
    E.exclude(rating=1), E.exclude(rating=1, headline="h"), E.exclude(Q(rating=1) | Q(rating=2)),
    Blog.objects.exclude(entry__rating=5), Blog.objects.exclude(entry__authors__name="x"),
    E.filter(number_of_comments__gt=F("number_of_pingbacks")), E.filter(rating__gt=F("number_of_comments") + 1),
    E.filter(blog__name=F("headline")), E.order_by("blog__name", "-id"), E.order_by("?"), E.order_by("-pub_date").reverse(),
    E.values("id", "blog__name").order_by("-blog__name"), E.values_list("headline", flat=True).order_by("id")[2:5],
    E.select_related("blog").filter(id=1), Book.objects.select_related("publisher").order_by("-price")[:3],
    E.only("headline").order_by("id"), E.defer("body_text", "headline"), E.distinct().values("blog_id"),
    E.filter(id__lte=10)[3:], E.all()[5:], E.filter(headline__contains="a").exclude(blog__name__contains="b"),
    Store.objects.filter(books__publisher__name="p"), Book.objects.filter(authors__age__gt=30).distinct(),
    E.filter(rating=None), E.exclude(blog=None), E.filter(headline__in=E.filter(rating=3).values("headline")),
    E.filter(blog__in=Blog.objects.filter(name__startswith="B")),
]
out = []
for qs in cases:
    try:
        out.append(str(qs.query))
    except Exception as e:
        out.append("%s: %s" % (type(e).__name__, e))
for line in out:
    print(line)
