from blog.models import Entry
from django.db import connection, reset_queries
def show(qs):
    reset_queries()
    out = [f"{e.headline} @ {e.blog.name}" for e in qs]
    return len(connection.queries), out[:2]
plain = show(Entry.objects.order_by("id")[:5])
joined = show(Entry.objects.select_related("blog").order_by("id")[:5])
result = (plain, joined)
