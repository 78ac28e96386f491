# IntegerChoices thresholds in a Case/When annotation with Count.
from django.db import models
from django.db.models import Case, When, Value, Count
from blog.models import Entry

class Band(models.IntegerChoices):
    LOW = 3
    HIGH = 8

qs = Entry.objects.annotate(
    band=Case(When(rating__gte=Band.HIGH, then=Value("high")),
              When(rating__lte=Band.LOW, then=Value("low")),
              default=Value("mid"))
).values("band").annotate(n=Count("id")).order_by("band")
result = list(qs)
