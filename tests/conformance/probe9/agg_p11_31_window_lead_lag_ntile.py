from django.db.models import F, Window
from django.db.models.functions import Lag, Lead, Ntile, FirstValue, NthValue
from blog.models import Entry
qs = Entry.objects.filter(blog_id=3).annotate(
    prev=Window(Lag("rating"), order_by="pub_date"),
    nxt=Window(Lead("rating", offset=1, default=-1), order_by="pub_date"),
    tile=Window(Ntile(3), order_by="pub_date"),
    first=Window(FirstValue("headline"), order_by="pub_date"),
    second=Window(NthValue("rating", nth=2), order_by="pub_date"),
).order_by("pub_date")
result = ([(e.id, e.prev, e.nxt, e.tile, e.first, e.second) for e in qs][:5], str(qs.query))
