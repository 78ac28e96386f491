# aggregate(Count(distinct=True)) against values().distinct().count().
from django.db.models import Count
from blog.models import Entry

a = Entry.objects.aggregate(n=Count("blog", distinct=True), m=Count("blog"))
b = Entry.objects.values("blog").distinct().count()
result = (a, b)
