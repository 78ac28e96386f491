# Unknown field after a relation hop lists the related model's choices.
from blog.models import Entry

result = Entry.objects.filter(blog__title="x")
