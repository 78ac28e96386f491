# qs1 | qs2 where one side has a M2M join: the combined query uses LEFT OUTER JOIN.
from blog.models import Entry

qs = Entry.objects.filter(rating=10) | Entry.objects.filter(authors__name="Joe")
result = (qs.count(), str(qs.query))
