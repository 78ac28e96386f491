# str(qs.query) with a join and IN.
from blog.models import Entry

result = str(Entry.objects.filter(blog__name__in=["A", "B"], authors__name="Joe").query)
