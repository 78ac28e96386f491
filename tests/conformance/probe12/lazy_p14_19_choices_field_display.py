# A choices field built at runtime: flatchoices and the display helper's logic.
from django.db import models

class Color(models.TextChoices):
    RED = "r", "Red"
    BLUE = "b", "Blue"

f = models.CharField(max_length=1, choices=Color.choices)
result = (f.choices, list(f.flatchoices), Color("r").label, Color.RED == "r", str(Color.RED))
