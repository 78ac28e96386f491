import datetime
from blog.models import Entry
e = Entry.objects.get(pk=1)
delta = e.mod_date - e.pub_date
result = (delta, delta.days, e.pub_date + datetime.timedelta(days=30), e.pub_date.year, e.pub_date.strftime("%d/%m/%Y"))
