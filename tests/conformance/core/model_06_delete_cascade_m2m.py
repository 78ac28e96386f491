# Deleting an entry also deletes its M2M links.
from blog.models import Entry

result = Entry.objects.get(pk=15).delete()
