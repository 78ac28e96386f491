from django.core.exceptions import ValidationError
from django.db import models

class P7Flag(models.Model):
    on = models.BooleanField(default=False)
    class Meta:
        app_label = "blog"

f = P7Flag()
g = P7Flag(on="maybe")
try:
    g.full_clean()
    r = "ok"
except ValidationError as e:
    r = e.message_dict
result = (f.on, r, P7Flag._meta.get_field("on").to_python("t"), P7Flag._meta.get_field("on").to_python(0))
