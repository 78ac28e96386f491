from blog.models import Blog, Entry, Author
from django.db.models.functions import Upper
qs = Blog.objects.values_list(Upper("name"), "id").order_by("id")
result = (str(qs.query), list(qs))
