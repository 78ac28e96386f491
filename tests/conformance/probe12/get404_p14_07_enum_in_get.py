# get() with an IntegerChoices member as the pk.
from django.db import models
from blog.models import Blog

class Known(models.IntegerChoices):
    BEATLES = 1
    PULSE = 3

result = [Blog.objects.get(pk=k).name for k in Known]
