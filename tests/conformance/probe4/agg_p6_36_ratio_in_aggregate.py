from django.db.models import Sum, Count, F, FloatField
from django.db.models.functions import Cast
from blog.models import Entry
result = Entry.objects.aggregate(avg=Cast(Sum("rating"), FloatField()) / Count("id"))
