# values_list(named=True) yields namedtuples.
from blog.models import Blog

rows = list(Blog.objects.order_by("id").values_list("id", "name", named=True)[:2])
result = (rows, rows[0].name, type(rows[0]).__name__)
