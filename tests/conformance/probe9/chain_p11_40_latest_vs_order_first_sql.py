from blog.models import Entry
from django.db import connection
Entry.objects.filter(blog_id=1).latest("pub_date")
Entry.objects.filter(blog_id=1).order_by("-pub_date").first()
Entry.objects.filter(blog_id=1).earliest("pub_date", "-id")
qs = connection.queries
result = [q["sql"] for q in qs]
