# Q(blog=None) | Q(rating=None).
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(blog=None) | Q(rating=None))
result = (str(qs.query), qs.count())
