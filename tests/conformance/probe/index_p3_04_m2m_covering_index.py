# Filtering entries by author: the M2M table's indexes appear in the plan.
from blog.models import Entry

result = Entry.objects.filter(authors__id=3).explain()
