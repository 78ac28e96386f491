from django.core.exceptions import ValidationError
from django.db import models

class P7Counter(models.Model):
    n = models.PositiveIntegerField()
    class Meta:
        app_label = "blog"

try:
    P7Counter(n=-1).full_clean()
    result = "ok"
except ValidationError as e:
    result = e.message_dict
