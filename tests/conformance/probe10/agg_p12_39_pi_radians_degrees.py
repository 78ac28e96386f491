from django.db.models.functions import Pi, Radians, Degrees, Sin, Cos, Tan
from blog.models import Entry
e = Entry.objects.annotate(pi=Pi(), r=Radians(180), d=Degrees(Pi()), s=Sin(0), c=Cos(0), t=Tan(0)).get(pk=1)
result = (round(e.pi, 9), round(e.r, 9), round(e.d, 6), e.s, e.c, e.t)
print(Entry.objects.annotate(pi=Pi(), r=Radians("rating")).values("pi", "r").query)
