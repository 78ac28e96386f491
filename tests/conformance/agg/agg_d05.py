# A Meta-less model: order_by() a related field then annotate; annotate then order by a related field.
from django.db.models import Count
from blog.models import Entry
qs = Entry.objects.annotate(na=Count("authors")).order_by("blog__name", "-na", "id").values_list("id", "na")[:4]
result = list(qs)
