# ~~Q(x) is the same filter as Q(x).
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(~~Q(rating=5))
result = (str(qs.query), qs.count(), repr(~~Q(rating=5)))
