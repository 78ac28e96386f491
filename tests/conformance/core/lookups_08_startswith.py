# startswith / istartswith.
from blog.models import Entry

result = (Entry.objects.filter(headline__startswith="Why").count(), Entry.objects.filter(headline__istartswith="why").count())
