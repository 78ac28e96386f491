# Mapping stored values to TextChoices labels by hand (get_FOO_display's idea).
from django.db import models
from blog.models import Blog

class Kind(models.TextChoices):
    BEATLES = "Beatles Blog"
    DIARY = "Django Diary", "Diary"

labels = dict(Kind.choices)
result = [(b.name, labels.get(b.name, "?")) for b in Blog.objects.order_by("pk")[:3]]
