# TextChoices values in a Q with ~.
from django.db import models
from django.db.models import Q
from blog.models import Blog

class Featured(models.TextChoices):
    A = "Beatles Blog"
    B = "Python Pulse"

qs = Blog.objects.filter(~Q(name__in=Featured.values)).order_by("pk")
result = (str(qs.query), [b.pk for b in qs])
