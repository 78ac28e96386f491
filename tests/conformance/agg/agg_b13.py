# Concat with output_field, Replace, ordering by a function.
from django.db.models import Value, CharField
from django.db.models.functions import Concat, Length, Replace, Left
from blog.models import Blog
a = list(Blog.objects.annotate(t=Concat("name", Value(" - "), "tagline", output_field=CharField())).order_by("id").values_list("t", flat=True)[:2])
b = list(Blog.objects.annotate(r=Replace("name", Value("Blog"), Value("Log"))).order_by("id").values_list("r", flat=True)[:2])
c = list(Blog.objects.order_by(Length("name").desc(), "id").values_list("name", flat=True)[:3])
result = (a, b, c)
