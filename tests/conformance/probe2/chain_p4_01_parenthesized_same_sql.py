# A parenthesized multi-line chain and a one-liner give the same SQL.
from django.db.models import Q
from blog.models import Entry

a = (
    Entry.objects
    .filter(rating__gte=3)
    .exclude(headline__icontains="x")
    .filter(Q(blog__name__startswith="B") | Q(number_of_comments__gt=5))
    .order_by("-pub_date", "id")
)
b = Entry.objects.filter(rating__gte=3).exclude(headline__icontains="x").filter(Q(blog__name__startswith="B") | Q(number_of_comments__gt=5)).order_by("-pub_date", "id")
result = (str(a.query) == str(b.query), str(a.query), [e.id for e in a][:5])
