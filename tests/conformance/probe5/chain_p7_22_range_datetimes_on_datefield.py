from datetime import datetime
from blog.models import Entry
qs = Entry.objects.filter(pub_date__range=(datetime(2006, 1, 1, 10, 0), datetime(2006, 12, 31, 23, 59)))
result = (str(qs.query), qs.count())
