# ORDER BY an unindexed column needs a temporary B-tree; ORDER BY pk does not.
from blog.models import Entry

result = (Entry.objects.order_by("pub_date").explain(), Entry.objects.order_by("id").explain())
