# explain() on a query with a join and ordering.
from blog.models import Entry

result = Entry.objects.filter(blog__name="Django Diary").order_by("-rating").explain()
