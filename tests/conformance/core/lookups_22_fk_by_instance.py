# Filter by a model instance and by pk of a related field.
from blog.models import Blog, Entry

result = (Entry.objects.filter(blog=Blog.objects.get(pk=4)).count(), Entry.objects.filter(blog__pk=4).count(), Entry.objects.filter(blog__id=4).count())
