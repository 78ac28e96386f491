from django.core.exceptions import ValidationError
from books.models import Book
f = Book._meta.get_field("price")
try:
    f.to_python("x1")
    r = "ok"
except ValidationError as e:
    r = e.messages
result = (repr(f.to_python("1.5")), repr(f.to_python(2)), repr(f.to_python(1.1)), r)
