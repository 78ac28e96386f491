from blog.models import Entry
qs = Entry.objects.select_related("blog").prefetch_related("authors").values("id", "headline")
result = (qs._fields, qs._prefetch_related_lookups, qs.query.select_related, qs.query.values_select, qs.model.__name__, qs.db)
