# earliest()/latest() order by the field and take one row.
from blog.models import Entry

result = (Entry.objects.earliest("pub_date"), Entry.objects.latest("pub_date"),
          Entry.objects.filter(blog_id=4).latest("rating", "-id"))
