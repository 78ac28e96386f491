# Q objects with __in and __range combined.
from datetime import date
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(blog_id__in=[1, 3]) & Q(pub_date__range=(date(2010, 1, 1), date(2015, 12, 31))) | Q(rating=10))
result = (str(qs.query), qs.count())
