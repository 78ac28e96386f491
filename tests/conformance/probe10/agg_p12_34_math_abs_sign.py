from django.db.models import F
from django.db.models.functions import Abs, Sign
from blog.models import Entry
qs = Entry.objects.annotate(diff=F("number_of_pingbacks") - F("number_of_comments")).annotate(a=Abs("diff"), s=Sign("diff")).order_by("id")[:4]
result = [(e.diff, e.a, e.s) for e in qs]
print(qs.query)
