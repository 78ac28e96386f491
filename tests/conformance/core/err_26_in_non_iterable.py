# __in needs an iterable.
from blog.models import Entry

result = Entry.objects.filter(id__in=5)
