# Q(a) | Q(b) & Q(c) follows Python precedence (& binds tighter).
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(rating=10) | Q(blog_id=1) & Q(rating__lt=3))
qs2 = Entry.objects.filter((Q(rating=10) | Q(blog_id=1)) & Q(rating__lt=3))
result = (str(qs.query), qs.count(), str(qs2.query), qs2.count())
