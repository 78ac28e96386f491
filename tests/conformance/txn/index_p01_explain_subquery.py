from django.db.models import Exists, OuterRef
from blog.models import Blog, Entry
result = Blog.objects.filter(Exists(Entry.objects.filter(blog=OuterRef("pk"), rating=10))).explain()
