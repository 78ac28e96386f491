# values() then filter(): the WHERE still applies.
from blog.models import Entry

result = list(Entry.objects.values("headline").filter(rating=10, blog_id=2).order_by("id"))
