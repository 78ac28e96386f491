from django.db.models.functions import Greatest, Least
from blog.models import Entry
qs = Entry.objects.annotate(hi=Greatest("number_of_comments", "number_of_pingbacks", "rating"), lo=Least("number_of_comments", "rating")).order_by("id")[:5]
result = [(e.id, e.hi, e.lo) for e in qs]
print(str(qs.query))
