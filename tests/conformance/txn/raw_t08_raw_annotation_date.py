# raw() converts columns of model fields (pub_date is a date) but not extra columns.
from blog.models import Entry

e = list(Entry.objects.raw("SELECT id, pub_date, pub_date AS d2 FROM blog_entry WHERE id = %s", [5]))[0]
result = (e.pub_date, e.d2)
