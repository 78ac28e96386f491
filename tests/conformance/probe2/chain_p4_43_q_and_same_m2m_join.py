# Q(a) & Q(b) on an M2M in one filter: one join; two filters: two joins.
from django.db.models import Q
from blog.models import Entry

a = Entry.objects.filter(Q(authors__name__startswith="J") & Q(authors__name__endswith="n"))
b = Entry.objects.filter(authors__name__startswith="J").filter(authors__name__endswith="n")
result = (str(a.query), a.count(), str(b.query), b.count())
