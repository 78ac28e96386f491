from django.shortcuts import get_object_or_404
from blog.models import Entry
e = Entry.objects.get(pk=1)
result = get_object_or_404(e.authors, pk__gte=1) if e.authors.count() == 1 else [a.pk for a in e.authors.all()]
