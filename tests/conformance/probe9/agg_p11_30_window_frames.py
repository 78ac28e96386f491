from django.db.models import Avg, Sum, F, Window, RowRange, ValueRange
from blog.models import Entry
qs = Entry.objects.filter(blog_id=4).annotate(
    moving=Window(Avg("rating"), order_by=F("pub_date").asc(), frame=RowRange(start=-1, end=1)),
    running=Window(Sum("rating"), order_by="pub_date", frame=RowRange(start=None, end=0)),
    by_val=Window(Sum("rating"), order_by="rating", frame=ValueRange(start=-2, end=2)),
).order_by("pub_date")
result = ([(e.id, e.moving, e.running, e.by_val) for e in qs], str(qs.query))
