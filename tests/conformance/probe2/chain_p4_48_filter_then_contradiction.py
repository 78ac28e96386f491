# filter(x).filter(~Q(x)) is empty.
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(rating=5).filter(~Q(rating=5))
result = (str(qs.query), qs.count())
