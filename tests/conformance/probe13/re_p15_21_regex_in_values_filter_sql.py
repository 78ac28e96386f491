# The SQL Django writes for __regex and __iregex.
from blog.models import Entry

result = (str(Entry.objects.filter(headline__regex=r"^A").query),
          str(Entry.objects.filter(headline__iregex=r"^a").query))
