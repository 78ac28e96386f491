# isnull on a reverse FK and on a M2M.
from blog.models import Blog, Author

result = (list(Blog.objects.filter(entry__isnull=True).values_list("name", flat=True)), list(Author.objects.filter(entry__isnull=True).values_list("name", flat=True)), Blog.objects.filter(name__isnull=False).count())
