from django.db.models import Count, Q
from blog.models import Entry
loop = sum(1 for e in Entry.objects.all() if e.pub_date.year < 2010)
orm1 = Entry.objects.filter(pub_date__year__lt=2010).count()
orm2 = Entry.objects.aggregate(n=Count("pk", filter=Q(pub_date__year__lt=2010)))["n"]
result = (loop, orm1, orm2)
