from django.db.models import Q
from blog.models import Entry
a = Entry.objects.filter(Q(rating__gt=5) & Q(blog_id=2))
b = Entry.objects.filter(rating__gt=5, blog_id=2)
c = Entry.objects.filter(Q(rating__gt=5), Q(blog_id=2))
result = (str(a.query), str(b.query), str(c.query), str(a.query) == str(c.query))
