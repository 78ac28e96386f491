# Filtering an FK with an instance of the wrong model.
from blog.models import Entry, Author

result = Entry.objects.filter(blog=Author.objects.get(pk=1))
