# __in with None inside the list, and a string (iterated as characters).
from blog.models import Entry, Author

result = (Entry.objects.filter(pk__in=[1, None, 2]).count(),
          Author.objects.filter(name__in="Joe").count(),
          str(Entry.objects.filter(pk__in=[3, None]).query))
