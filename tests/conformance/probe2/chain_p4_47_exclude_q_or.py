# exclude(Q(a) | Q(b)).
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.exclude(Q(rating__lt=3) | Q(blog_id=1))
result = (str(qs.query), qs.count())
