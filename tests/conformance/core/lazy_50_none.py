# none() never touches the database.
from blog.models import Entry

qs = Entry.objects.none()
result = (list(qs), qs.count(), qs.exists(), repr(qs), type(qs).__name__)
