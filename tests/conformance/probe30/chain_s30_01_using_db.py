from django.db import connections, connection, router, DEFAULT_DB_ALIAS
from blog.models import Entry, Blog
qs = Entry.objects.using("default").filter(rating__gte=4)
print(qs.db, qs.ordered, qs.model.__name__, DEFAULT_DB_ALIAS)
print(qs.count())
print(connections["default"].vendor, connection.vendor, connection.alias)
print(connections["default"] is connection)
print(Entry.objects.db_manager("default").filter(pk=1).exists())
try:
    Entry.objects.using("other").count()
except Exception as e:
    print(type(e).__name__, e)
result = qs.count()
