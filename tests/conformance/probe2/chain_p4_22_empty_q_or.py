# Q() | Q(x) and Q() & Q(x).
from django.db.models import Q
from blog.models import Entry

a = Entry.objects.filter(Q() | Q(rating=5))
b = Entry.objects.filter(Q() & Q(rating=5))
c = Entry.objects.filter(~Q())
result = (str(a.query), str(b.query), str(c.query), a.count(), c.count())
