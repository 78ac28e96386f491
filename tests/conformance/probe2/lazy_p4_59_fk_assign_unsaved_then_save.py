# Saving with an unsaved related object.
from blog.models import Entry, Blog

e = Entry.objects.get(pk=1)
e.blog = Blog(name="Unsaved")
try:
    e.save()
    result = "saved"
except ValueError as exc:
    result = str(exc)
