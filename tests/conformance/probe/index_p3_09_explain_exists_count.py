# explain() of the queries count()/exists() would run is not directly available; explain() on a
# values().annotate() grouped by an indexed FK.
from django.db.models import Count
from blog.models import Entry

result = Entry.objects.values("blog_id").annotate(n=Count("id")).order_by("blog_id").explain()
