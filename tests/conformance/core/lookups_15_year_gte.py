# A lookup chained on a transform: pub_date__year__gte / __year__lt / __month__in.
from blog.models import Entry

result = (Entry.objects.filter(pub_date__year__gte=2009).count(), Entry.objects.filter(pub_date__year__lt=2007).count(), Entry.objects.filter(pub_date__month__in=[1, 2]).count())
