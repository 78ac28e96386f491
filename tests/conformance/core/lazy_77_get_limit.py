# get() adds LIMIT 21 to its SELECT.
from blog.models import Author

result = Author.objects.get(name="Joe")
