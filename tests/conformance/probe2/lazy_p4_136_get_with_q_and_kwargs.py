# get() with a Q and keyword arguments.
from django.db.models import Q
from blog.models import Entry

e = Entry.objects.get(Q(blog_id=1) | Q(blog_id=2), pk=3)
result = e.id
