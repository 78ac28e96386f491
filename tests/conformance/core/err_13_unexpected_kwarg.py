# A model constructor rejects unknown keyword arguments.
from blog.models import Blog

result = Blog.objects.create(name="x", title="y")
