# Errors Django raises for bad aggregate calls.
from django.db.models import Sum, F
from blog.models import Entry

errs = []
try:
    Entry.objects.aggregate(Sum(F("rating") + 1))
except TypeError as e:
    errs.append(str(e))
try:
    Entry.objects.aggregate(x=F("rating"))
except TypeError as e:
    errs.append(str(e))
try:
    Entry.objects.annotate(rating=Sum("rating"))
except ValueError as e:
    errs.append(str(e))
result = errs
