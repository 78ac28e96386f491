# .all().all() and filter() with no arguments change nothing.
from blog.models import Entry

a = Entry.objects.all().all().filter()
result = (str(a.query) == str(Entry.objects.all().query), str(Entry.objects.filter().exclude().query))
