# \b: whole words only (POSIX regcomp has no \b).
from blog.models import Entry

result = Entry.objects.filter(headline__regex=r"\bDjango\b").count()
