# What Q and F objects look like when printed while building a chain.
from django.db.models import Q, F, Value
q = Q(rating__gte=5) & ~Q(headline__icontains="x") | Q(pk__in=[1, 2])
print(q)
print(repr(q))
print(Q())
print(Q(a=1, b=2))
print(Q(("c", 3), a=1))
print(F("rating"), repr(F("rating") + 1), repr(F("a") * F("b") - Value(2)))
print(repr(-F("rating")), repr(F("blog__name")))
print(q.connector, q.negated, len(q.children))
result = str(q)
