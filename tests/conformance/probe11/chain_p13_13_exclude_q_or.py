# exclude(Q(a) | Q(b)) removes rows matching either.
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.exclude(Q(rating__lte=3) | Q(blog_id=1))
result = (qs.count(), str(qs.query))
