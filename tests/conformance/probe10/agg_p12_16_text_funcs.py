from django.db.models import Value
from django.db.models.functions import Length, Lower, Upper, Trim, LTrim, RTrim
from blog.models import Blog
qs = Blog.objects.annotate(
    n=Length("name"), lo=Lower("name"), up=Upper("name"),
    t=Trim(Value("  pad  ")), lt=LTrim(Value("  pad  ")), rt=RTrim(Value("  pad  ")),
).order_by("id")[:2]
result = [(b.n, b.lo, b.up, b.t, b.lt, b.rt) for b in qs]
print(qs.query)
