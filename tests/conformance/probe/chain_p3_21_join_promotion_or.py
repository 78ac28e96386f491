# OR across two relations promotes joins to LEFT OUTER JOIN.
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(blog__name="Empty Blog") | Q(authors__name="Ada Lovelace")).distinct()
result = (sorted(qs.values_list("id", flat=True)), str(qs.query))
