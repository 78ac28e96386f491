# delete() after slicing.
from blog.models import Entry

result = Entry.objects.all()[:3].delete()
