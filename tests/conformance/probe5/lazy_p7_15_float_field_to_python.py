from django.core.exceptions import ValidationError
from books.models import Book
f = Book._meta.get_field("rating")
try:
    f.to_python("abc")
    r = "ok"
except ValidationError as e:
    r = e.messages
result = (f.to_python("4.5"), f.to_python(3), r)
