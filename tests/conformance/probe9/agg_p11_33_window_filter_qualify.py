from django.db.models import Window, F
from django.db.models.functions import RowNumber
from blog.models import Entry
qs = Entry.objects.annotate(rn=Window(RowNumber(), partition_by="blog_id", order_by=F("rating").desc())).filter(rn=1).order_by("blog_id")
result = ([(e.blog_id, e.id, e.rating) for e in qs], str(qs.query))
