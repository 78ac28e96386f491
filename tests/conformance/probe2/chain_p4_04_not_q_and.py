# ~Q(a) & Q(b), and ~ of a combined Q.
from django.db.models import Q
from blog.models import Entry

a = Entry.objects.filter(~Q(blog_id=1) & Q(rating__gte=8))
b = Entry.objects.filter(~(Q(blog_id=1) | Q(rating__gte=8)))
result = (str(a.query), a.count(), str(b.query), b.count())
