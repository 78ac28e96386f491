from django.db import models
from blog.models import Entry
idx = models.Index(fields=["-pub_date", "rating"])
idx.set_name_with_model(Entry)
idx2 = models.Index(fields=["headline"])
idx2.set_name_with_model(Entry)
result = (idx.name, idx2.name, len(idx.name))
