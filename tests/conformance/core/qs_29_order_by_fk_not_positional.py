# ORDER BY uses a position only when the ordering name is a selected alias:
# values_list("blog_id") + order_by("blog") orders by the column, order_by("-headline") by position.
from blog.models import Entry

a = str(Entry.objects.values_list("blog_id", "id").order_by("blog", "id").query)
b = str(Entry.objects.values_list("headline").order_by("-headline").query)
result = (a, b)
