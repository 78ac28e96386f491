from django.db import models
from django.db.models import Q
idx = models.Index(fields=["-rating"], name="p12_r", condition=Q(rating__gt=3))
path, args, kwargs = idx.deconstruct()
clone = idx.clone()
result = (path, args, sorted(kwargs), clone == idx, clone is idx)
