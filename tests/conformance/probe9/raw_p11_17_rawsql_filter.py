from django.db.models.expressions import RawSQL
from blog.models import Entry
qs = Entry.objects.filter(id__in=RawSQL("SELECT id FROM blog_entry WHERE rating = %s", (10,))).order_by("id")
result = ([e.id for e in qs], str(qs.query))
