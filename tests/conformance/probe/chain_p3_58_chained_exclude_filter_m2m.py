# Entries written by Joe but not by John Lennon (filter then exclude on the same M2M).
from blog.models import Entry

qs = Entry.objects.filter(authors__name="Joe").exclude(authors__name="John Lennon").order_by("id")
result = ([e.id for e in qs], str(qs.query))
