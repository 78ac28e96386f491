from django.db import models
from django.db.models.functions import Cast
from blog.models import Entry
qs = Entry.objects.annotate(dt=Cast("pub_date", models.DateTimeField()), t=Cast("pub_date", models.TimeField()), dec=Cast("rating", models.DecimalField(max_digits=6, decimal_places=2))).order_by("id")[:1]
e = qs[0]
result = ((e.dt, e.t, e.dec), str(qs.query))
