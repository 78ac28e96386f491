# dates() returns distinct truncated dates; datetimes() on a DateTimeField.
from blog.models import Entry
from bank.models import Transfer

result = (list(Entry.objects.filter(blog_id=2).dates("pub_date", "year")),
          list(Entry.objects.dates("pub_date", "month", order="DESC")[:2]),
          list(Transfer.objects.datetimes("created", "day")))
