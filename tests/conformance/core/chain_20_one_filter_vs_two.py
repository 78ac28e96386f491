# Multi-valued relation: conditions in one filter() share a join; two filter() calls join twice.
from blog.models import Blog

one = list(Blog.objects.filter(entry__headline__contains="Lennon", entry__rating__gte=8).order_by("id").values_list("id", flat=True))
two = list(Blog.objects.filter(entry__headline__contains="Lennon").filter(entry__rating__gte=8).order_by("id").values_list("id", flat=True))
result = (one, two)
