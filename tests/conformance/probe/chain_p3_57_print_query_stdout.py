# print(qs.query) writes the SQL (parameters inlined, strings unquoted) to stdout.
import datetime
from blog.models import Entry

print(Entry.objects.filter(headline__startswith="Why", pub_date__gte=datetime.date(2008, 1, 1)).only("id").query)
print(Entry.objects.filter(pk__in=[1, 2]).values("blog__name").query)
result = None
