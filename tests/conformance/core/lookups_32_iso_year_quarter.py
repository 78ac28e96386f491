# quarter and iso_week_day transforms.
from blog.models import Entry

result = (Entry.objects.filter(pub_date__quarter=2).count(), Entry.objects.filter(pub_date__iso_week_day=7).count())
