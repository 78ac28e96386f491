from django.db.models import Value
from django.db.models.functions import Left, Right, LPad, RPad, Reverse
from blog.models import Blog
qs = Blog.objects.annotate(l=Left("name", 3), r=Right("name", 4), lp=LPad("name", 15, Value("*")), rp=RPad("name", 15, Value(".")), rv=Reverse("name")).order_by("id")[:2]
result = [(b.l, b.r, b.lp, b.rp, b.rv) for b in qs]
print(qs.query)
