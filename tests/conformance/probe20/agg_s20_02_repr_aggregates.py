# Aggregates and functions printed (what a learner sees in a shell).
from django.db.models import Count, Sum, Avg, Max, Min, F, Q, Value, Case, When, ExpressionWrapper, IntegerField
from django.db.models.functions import Lower, Coalesce, Concat, TruncYear, ExtractYear, Length
print(repr(Count("entry")))
print(repr(Count("entry", distinct=True)))
print(repr(Sum("rating", filter=Q(rating__gt=3))))
print(repr(Avg("rating", default=0)))
print(repr(Max("pub_date")), repr(Min("rating")))
print(repr(Lower("headline")), repr(Length("headline")))
print(repr(Coalesce("rating", Value(0))))
print(repr(Concat("headline", Value("-"), "body_text")))
print(repr(TruncYear("pub_date")), repr(ExtractYear("pub_date")))
print(repr(Case(When(rating__gt=5, then=Value("hi")), default=Value("lo"))))
print(repr(ExpressionWrapper(F("rating") * 2, output_field=IntegerField())))
print(repr(Value(3)), repr(Value("x")))
result = repr(Count("entry"))
