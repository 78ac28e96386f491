from django.db.models import F, Value
from django.db.models.functions import Coalesce, Greatest, Cast, Concat, Round, ExtractYear, TruncMonth
from django.db.models import IntegerField
result = [repr(x) for x in (Coalesce("a", Value(0)), Greatest("a", "b"), Cast("a", IntegerField()), Concat("a", Value("b")), Round("a", 2), ExtractYear("d"), TruncMonth("d"))]
