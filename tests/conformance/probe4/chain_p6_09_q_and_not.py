from django.db.models import Q
from blog.models import Entry
qs = Entry.objects.filter(Q(blog_id=2) & ~Q(rating__lt=5))
result = (qs.count(), str(qs.query))
