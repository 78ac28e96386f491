from django.db import models
from django.db.models import Value
from django.db.models.functions import Cast
from blog.models import Entry
e = Entry.objects.annotate(
    d=Cast(Value("2021-03-04"), models.DateField()),
    dt=Cast(Value("2021-03-04 05:06:07"), models.DateTimeField()),
    n=Cast(Value("42"), models.IntegerField()),
).get(pk=1)
result = (e.d, e.dt, e.n)
