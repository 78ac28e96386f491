# Entries with an author named Paul AND an author named John: needs two filter() calls.
from blog.models import Entry

one = Entry.objects.filter(authors__name="Paul McCartney", authors__name__startswith="John")
two = Entry.objects.filter(authors__name="Paul McCartney").filter(authors__name="John Lennon")
result = (one.count(), sorted(two.values_list("id", flat=True)))
