# Deleting one author: the link rows first.
from blog.models import Author

a = Author.objects.get(pk=3)
result = (a.delete(), a.pk)
