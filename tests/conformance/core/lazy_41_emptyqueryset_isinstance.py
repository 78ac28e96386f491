# isinstance(qs, EmptyQuerySet) as Django answers it (a metaclass __instancecheck__ there).
from django.db.models.query import EmptyQuerySet, QuerySet
from blog.models import Entry
result = (
    isinstance(Entry.objects.none(), EmptyQuerySet),
    isinstance(Entry.objects.all(), EmptyQuerySet),
    isinstance(Entry.objects.filter(pk__in=[]), EmptyQuerySet),
    isinstance(Entry.objects.none(), (int, EmptyQuerySet)),
    isinstance(Entry.objects.none().filter(rating=1), EmptyQuerySet),
    isinstance(3, EmptyQuerySet),
    isinstance(Entry.objects.none(), QuerySet),
)
try:
    EmptyQuerySet()
except TypeError as e:
    print(e)
