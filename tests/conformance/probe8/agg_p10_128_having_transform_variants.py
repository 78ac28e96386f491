from books.models import Publisher, Store
from django.db.models import Max, Min, Q
a = Publisher.objects.annotate(last=Max("book__pubdate")).filter(last__year=2015).order_by("id")
b = Store.objects.annotate(mn=Min("books__pubdate")).filter(Q(mn__month=10) | Q(name="Amazon")).order_by("id")
c = Publisher.objects.annotate(last=Max("book__pubdate")).exclude(last__year__gte=2015).order_by("id")
result = [(str(q.query), [o.id for o in q]) for q in (a, b, c)]
