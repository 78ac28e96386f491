# repr of none() and of an empty IN: no query; str() of a QuerySet is its repr.
from blog.models import Entry

result = (repr(Entry.objects.none()), str(Entry.objects.filter(pk__in=[])),
          repr(Entry.objects.filter(pk=-1)))
