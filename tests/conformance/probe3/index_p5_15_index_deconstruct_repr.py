# Index repr and deconstruct.
from django.db import models

i = models.Index(fields=["-pages", "name"], name="bk_idx", condition=models.Q(pages__gt=1))
result = (repr(i), i.deconstruct(), i.fields_orders)
