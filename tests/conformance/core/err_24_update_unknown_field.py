# update() with an unknown field.
from blog.models import Entry

result = Entry.objects.update(title="x")
