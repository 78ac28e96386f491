# Q(**kwargs) orders its children by name.
from django.db.models import Q
from blog.models import Entry

q = Q(rating=5, blog_id=2, headline__startswith="A")
result = (repr(q), str(Entry.objects.filter(q).query))
