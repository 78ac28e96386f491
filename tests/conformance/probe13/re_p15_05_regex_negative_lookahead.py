# A negative lookahead: headlines that do not start with "Thoughts".
from blog.models import Entry

result = Entry.objects.filter(headline__regex=r"^(?!Thoughts)").count()
