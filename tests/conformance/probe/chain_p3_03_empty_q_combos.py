# Q() | Q(x) is just x; ~Q() adds nothing; Q() & ~Q(x).
from django.db.models import Q
from blog.models import Entry

result = (Entry.objects.filter(Q() | Q(rating=10)).count(),
          Entry.objects.filter(~Q()).count(),
          Entry.objects.filter(Q() & ~Q(rating=10)).count())
