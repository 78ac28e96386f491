# pk__in with a values() QuerySet nests a SELECT.
from blog.models import Entry, Author

ids = Author.objects.filter(name__contains="o").values("entry__id")
result = Entry.objects.filter(pk__in=ids).count()
