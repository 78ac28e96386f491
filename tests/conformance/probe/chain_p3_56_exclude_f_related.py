# exclude() with F() across a reverse relation.
from django.db.models import F
from blog.models import Blog

qs = Blog.objects.exclude(entry__rating__lt=F("entry__number_of_pingbacks"))
result = (sorted(qs.values_list("id", flat=True)), str(qs.query))
