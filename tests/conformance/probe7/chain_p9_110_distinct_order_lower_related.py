from blog.models import Blog, Entry, Author
from django.db.models.functions import Lower
qs = Entry.objects.values("blog_id").distinct().order_by(Lower("blog__name"))
result = (str(qs.query), list(qs))
