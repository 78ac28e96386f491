# An unknown lookup on a field.
from blog.models import Entry

result = Entry.objects.filter(headline__foo="x")
