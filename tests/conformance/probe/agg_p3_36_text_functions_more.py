# StrIndex, Left, Right, Reverse, Replace and Trim.
from django.db.models import Value
from django.db.models.functions import Left, Replace, Reverse, Right, StrIndex, Trim
from blog.models import Blog

qs = Blog.objects.filter(pk__lte=2).annotate(
    i=StrIndex("name", Value("a")), l=Left("name", 3), r=Right("name", 3), rev=Reverse("name"),
    rep=Replace("name", Value(" "), Value("_")), t=Trim(Value("  x  "))).order_by("id")
result = list(qs.values_list("i", "l", "r", "rev", "rep", "t"))
