from django.db import transaction
from blog.models import Entry, Author
with transaction.atomic():
    e = Entry.objects.get(pk=1)
    a = Author.objects.create(name="Z", email="z@z.z")
    e.authors.add(a)
result = sorted(e.authors.values_list("name", flat=True))
