# Coalesce of fields and values.
from django.db.models import F, IntegerField, Value
from django.db.models.functions import Coalesce
from books.models import Publisher
from django.db.models import Max

qs = Publisher.objects.annotate(m=Coalesce(Max("book__pages"), Value(0))).order_by("pk")
result = ([(p.pk, p.m) for p in qs], str(qs.query))
