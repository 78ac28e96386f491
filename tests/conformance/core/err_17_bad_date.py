# A malformed date string in a filter raises ValidationError.
from blog.models import Entry

result = Entry.objects.filter(pub_date="yesterday")
