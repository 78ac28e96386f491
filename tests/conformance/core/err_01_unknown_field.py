# Unknown field in filter(): FieldError listing the choices.
from blog.models import Entry

result = Entry.objects.filter(title="x")
