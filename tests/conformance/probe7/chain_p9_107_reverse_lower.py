from blog.models import Blog, Entry, Author
from django.db.models.functions import Lower
qs = Blog.objects.order_by(Lower("name")).reverse()
result = (str(qs.query), [b.name for b in qs])
