from blog.models import Blog, Entry, Author
from django.db.models.functions import Lower
qs = Blog.objects.values("name").order_by(Lower("name").desc())
result = (str(qs.query), list(qs))
