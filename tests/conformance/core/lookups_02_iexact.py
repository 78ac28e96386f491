# iexact uses LIKE with ESCAPE on SQLite.
from blog.models import Blog

result = list(Blog.objects.filter(name__iexact="django diary").values_list("id", flat=True))
