import datetime
from blog.models import Entry
qs = Entry.objects.filter(headline__startswith="Why", pub_date__gte=datetime.date(2007, 1, 1), blog__name="Python Pulse")
print(qs.query)
result = qs.count()
