# Indexing with a string is a TypeError.
from blog.models import Entry

result = Entry.objects.all()["a"]
