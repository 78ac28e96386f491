from django.db.models import Sum, Count, FloatField
from django.db.models.functions import Cast
from blog.models import Entry
r = Entry.objects.aggregate(ratio=Sum("rating") / Count("id"), fratio=Cast(Sum("rating"), FloatField()) / Count("id"))
result = r
