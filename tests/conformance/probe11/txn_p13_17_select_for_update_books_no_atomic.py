# select_for_update() outside atomic() on SQLite: no error, and no FOR UPDATE in the SQL.
from books.models import Publisher

qs = Publisher.objects.select_for_update().order_by("id")
result = ([p.name for p in qs], str(qs.query))
