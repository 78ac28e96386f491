# filter(Q, kwarg): the Q comes first in WHERE.
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(rating=5) | Q(rating=6), blog_id=2)
qs2 = Entry.objects.exclude(Q(rating=5), blog_id=2)
result = (str(qs.query), qs.count(), str(qs2.query), qs2.count())
