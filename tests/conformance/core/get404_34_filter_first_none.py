# filter().first() returns None instead of raising.
from blog.models import Entry

result = (Entry.objects.filter(pk=9999).first(), Entry.objects.filter(pk=9999).exists())
