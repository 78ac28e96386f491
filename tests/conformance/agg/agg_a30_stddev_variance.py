# StdDev and Variance over a column.
from django.db.models import StdDev, Variance
from blog.models import Entry

r = Entry.objects.aggregate(sd=StdDev("rating"), var=Variance("rating", sample=True))
result = (round(r["sd"], 6), round(r["var"], 6))
