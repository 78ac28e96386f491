from blog.models import Blog, Entry, Author
from django.db import connection
qs = Entry.objects.select_related("blog").only("headline", "blog__name").order_by("id")
e = qs[0]
result = (str(qs.query), e.headline, e.blog.name, len(connection.queries), sorted(e.get_deferred_fields()), sorted(e.blog.get_deferred_fields()))
