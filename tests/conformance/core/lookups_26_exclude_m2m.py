# exclude() across a M2M.
from blog.models import Entry

result = Entry.objects.exclude(authors__name="Joe").count()
