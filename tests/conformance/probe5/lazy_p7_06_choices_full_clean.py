from django.core.exceptions import ValidationError
from django.db import models

class P7Tee(models.Model):
    size = models.CharField(max_length=1, choices=[("S", "Small"), ("M", "Medium")])
    class Meta:
        app_label = "blog"

try:
    P7Tee(size="X").full_clean()
    result = "ok"
except ValidationError as e:
    result = e.message_dict
