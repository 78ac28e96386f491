import datetime
from blog.models import Entry
qs = Entry.objects.filter(pub_date__range=(datetime.date(2007, 1, 1), datetime.date(2007, 12, 31)))
result = (qs.count(), str(qs.query))
