# NullIf and Coalesce(NullIf(...)).
from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf
from blog.models import Entry

qs = Entry.objects.annotate(n=NullIf("number_of_pingbacks", Value(0)), c=Coalesce(NullIf("number_of_pingbacks", Value(0)), Value(-1))).order_by("pk")[:6]
result = ([(e.n, e.c) for e in qs], str(qs.query))
