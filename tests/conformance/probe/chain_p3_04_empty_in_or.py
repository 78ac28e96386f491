# An empty __in inside OR drops out; inside AND it empties everything (no query).
from django.db.models import Q
from blog.models import Entry

result = (Entry.objects.filter(Q(pk__in=[]) | Q(rating=10)).count(),
          Entry.objects.filter(Q(pk__in=[]) & Q(rating=10)).count(),
          Entry.objects.filter(~Q(pk__in=[])).count(),
          Entry.objects.exclude(pk__in=[]).count())
