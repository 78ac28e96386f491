# filter(~Q(authors__name=...)) becomes a subquery, like exclude().
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(~Q(authors__name="Joe"), rating__gte=5)
result = (str(qs.query), qs.count())
