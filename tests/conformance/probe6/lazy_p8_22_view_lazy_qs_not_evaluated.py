from django.db import connection, reset_queries
from django.test import RequestFactory
from blog.models import Entry
def view(request):
    qs = Entry.objects.filter(rating__gte=int(request.GET.get("r", 0)))
    qs = qs.order_by("id")
    return qs
reset_queries()
qs = view(RequestFactory().get("/?r=4"))
before = len(connection.queries)
n = len(qs)
result = (before, n, len(connection.queries))
