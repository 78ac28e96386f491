# gt, gte, lt, lte.
from blog.models import Entry

result = (Entry.objects.filter(rating__gt=8).count(), Entry.objects.filter(rating__gte=8).count(), Entry.objects.filter(rating__lt=3).count(), Entry.objects.filter(rating__lte=3).count())
