from django.db.models.functions import ASin, ACos, ATan, ATan2, Cot
from django.db.models import Value
from blog.models import Blog
b = Blog.objects.annotate(a=ASin(Value(1)), c=ACos(Value(1)), t=ATan(Value(1)), t2=ATan2(1, 1), ct=Cot(Value(1))).get(pk=1)
result = tuple(round(x, 6) for x in (b.a, b.c, b.t, b.t2, b.ct))
