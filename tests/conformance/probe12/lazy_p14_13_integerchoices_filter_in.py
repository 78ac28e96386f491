# IntegerChoices members in an __in filter.
from django.db import models
from blog.models import Entry

class Rating(models.IntegerChoices):
    LOW = 1
    MID = 5, "Middle"
    TOP = 10

qs = Entry.objects.filter(rating__in=[Rating.LOW, Rating.TOP]).order_by("pk").values_list("pk", flat=True)
result = (Rating.MID.label, Rating.LOW.label, Rating.values, list(qs))
