# Greatest/Least on SQLite return NULL if any argument is NULL (Coalesce fixes it).
from django.db.models import Max, Value
from django.db.models.functions import Coalesce, Greatest
from blog.models import Blog

qs = Blog.objects.annotate(top=Max("entry__rating")).annotate(
    g=Greatest("top", Value(3)), g2=Greatest(Coalesce("top", 0), Value(3))).order_by("id")
result = list(qs.values_list("id", "top", "g", "g2"))
