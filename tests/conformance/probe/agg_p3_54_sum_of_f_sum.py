# Sum of an F() sum, per blog.
from django.db.models import F, Sum
from blog.models import Blog

qs = Blog.objects.annotate(activity=Sum(F("entry__number_of_comments") + F("entry__number_of_pingbacks"))).order_by("id")
result = list(qs.values_list("id", "activity"))
