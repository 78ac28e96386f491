# in_bulk() with a non-unique field_name raises ValueError.
from blog.models import Entry

result = Entry.objects.in_bulk(["x"], field_name="headline")
