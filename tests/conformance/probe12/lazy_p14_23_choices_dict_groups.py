# A dict of choices with a nested group: choices and flatchoices.
from django.db import models

f = models.CharField(max_length=2, choices={"Fruit": {"ap": "Apple", "pe": "Pear"}, "xx": "Other"})
result = (f.choices, f.flatchoices)
