# Django's Choices are enum.Enum members that are also str/int values.
import enum
from django.db import models
from blog.models import Entry


class Mood(models.TextChoices):
    HAPPY = "h", "Happy"
    SAD = "s"


class Stars(models.IntegerChoices):
    ONE = 1
    FIVE = 5, "Five stars"


print(isinstance(Mood.HAPPY, enum.Enum), isinstance(Mood.HAPPY, str), isinstance(Stars.FIVE, int))
print(type(Mood).__name__, Mood.HAPPY.name, Mood.HAPPY.value, Mood.SAD.label, Mood("s"), str(Stars.FIVE))
print(Mood.HAPPY == "h", Stars.FIVE + 1, sorted(Stars, reverse=True), list(Mood.__members__))
try:
    Mood("x")
except ValueError as e:
    print("ValueError:", e)
qs = Entry.objects.filter(rating__in=Stars.values)
result = (qs.count(), Stars.choices, Mood.choices, Mood.HAPPY in Mood, "h" in Mood, models.Choices.__mro__[1].__name__)
