# earliest() without fields or Meta.get_latest_by.
from blog.models import Entry

result = Entry.objects.earliest()
