# Setting pk = None and saving makes a copy (INSERT).
from blog.models import Blog

b = Blog.objects.get(pk=3)
b.pk = None
b._state.adding = True
b.save()
result = (b.pk, b.name, Blog.objects.filter(name="Python Pulse").count())
