# LPad, RPad, Repeat, MD5, Chr, Ord.
from django.db.models import Value
from django.db.models.functions import Chr, LPad, MD5, Ord, Repeat, RPad
from blog.models import Blog

qs = Blog.objects.filter(pk=1).annotate(lp=LPad("name", 15, Value(".")), rp=RPad("name", 14), rep=Repeat(Value("ab"), 3),
                                        h=MD5("name"), c=Chr(Value(65)), o=Ord("name"))
result = list(qs.values_list("lp", "rp", "rep", "h", "c", "o"))
