# values().distinct() ordered by a field not in values(): the ORDER BY column joins the SELECT
# and breaks the distinctness.
from blog.models import Entry

result = len(Entry.objects.values("blog_id").distinct().order_by("pub_date"))
