from django.db.models.functions import NullIf
from django.db.models import Avg
from blog.models import Entry
qs = Entry.objects.annotate(c=NullIf("number_of_pingbacks", 0)).filter(blog_id=1).order_by("id")
vals = [e.c for e in qs]
avg = Entry.objects.aggregate(a=Avg(NullIf("number_of_pingbacks", 0)))
result = (vals, avg)
