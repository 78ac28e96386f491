# get() drops the ORDER BY of the QuerySet (ordering is irrelevant for one row).
from blog.models import Entry

result = Entry.objects.order_by("-pub_date", "headline").get(pk=7).id
