# F() across a relation in a filter.
from django.db.models import F
from blog.models import Entry

result = list(Entry.objects.filter(authors__name__startswith=F("blog__name")).values_list("id", flat=True))
