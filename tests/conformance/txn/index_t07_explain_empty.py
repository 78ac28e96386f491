# explain() of a query that cannot match runs nothing.
from blog.models import Entry

result = Entry.objects.none().explain()
