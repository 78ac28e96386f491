# Q(a) & Q(b) and filter(a, b) give the same SQL.
from django.db.models import Q
from blog.models import Entry

a = str(Entry.objects.filter(Q(rating=5) & Q(blog_id=1)).query)
b = str(Entry.objects.filter(rating=5, blog_id=1).query)
result = (a == b, a)
