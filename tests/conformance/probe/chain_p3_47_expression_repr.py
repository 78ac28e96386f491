# repr of F arithmetic, Value, aggregates and functions.
from django.db.models import Count, F, Sum, Value
from django.db.models.functions import Lower

result = [repr(F("rating") + 1), repr(F("a") * F("b") - 2), repr(Value(3)), repr(Count("id", distinct=True)),
          repr(Sum("rating")), repr(Lower("name")), repr(F("x").desc())]
