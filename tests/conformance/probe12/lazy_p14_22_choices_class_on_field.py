# Django 5 accepts the Choices class itself as a field's choices=.
from django.db import models

class Size(models.IntegerChoices):
    S = 1, "Small"
    L = 3, "Large"

f = models.IntegerField(choices=Size)
result = (f.choices, f.flatchoices, len(Size), 3 in Size, Size.S in Size, list(reversed(Size)))
