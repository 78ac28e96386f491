from django.db import models

class P7Level(models.IntegerChoices):
    LOW = 1
    HIGH = 2, "Very high"

result = (P7Level.choices, P7Level.LOW.label, P7Level(2).label, P7Level.labels, 2 in P7Level.values)
