# contains escapes % and _.
from blog.models import Entry

result = (Entry.objects.filter(headline__contains="%").count(), Entry.objects.filter(headline__contains="_").count(), str(Entry.objects.filter(headline__contains="50%_off").query))
