from django.db import models
from django.db.models.functions import Cast
from blog.models import Entry
e = Entry.objects.annotate(d=Cast("pub_date", models.CharField()), b=Cast("rating", models.BooleanField()), t=Cast("headline", models.TextField())).get(pk=3)
result = (e.d, type(e.d).__name__, e.b, e.t)
