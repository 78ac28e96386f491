from django.db.models import Q
from blog.models import Entry
popular = Q(number_of_comments__gte=15)
recent = Q(pub_date__year__gte=2009)
qs1 = Entry.objects.filter(popular & recent).order_by("id")
qs2 = Entry.objects.filter(popular).filter(recent).order_by("id")
qs3 = Entry.objects.filter(popular | ~recent).order_by("id")
result = (str(qs1.query) == str(qs2.query), str(qs1.query), str(qs3.query), [e.id for e in qs1])
