# __isnull requires a boolean.
from blog.models import Entry

result = list(Entry.objects.filter(headline__isnull="yes"))
