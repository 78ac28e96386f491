from django.db.models import F, Q, Count, Sum, Value, Avg, Case, When, OuterRef, Exists
from django.db.models.functions import Lower, Coalesce
from blog.models import Entry
result = [
    repr(F("rating") * 2 + 1),
    repr(Q(rating=5) & ~Q(blog_id=1)),
    repr(Q(rating=5) | Q(rating=6, blog_id=2)),
    repr(Sum("rating", filter=Q(blog_id=1))),
    repr(Count("id", distinct=True)),
    repr(Coalesce(Avg("rating"), Value(0.0))),
    repr(Lower("headline")),
    repr(Case(When(rating__gt=5, then=Value("hi")), default=Value("lo"))),
    repr(OuterRef("pk")),
    str(F("rating").desc()),
]
