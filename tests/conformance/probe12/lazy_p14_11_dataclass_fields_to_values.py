# dataclasses.fields() names used as values() arguments.
from dataclasses import dataclass, fields, astuple
from books.models import Book

@dataclass
class BookLine:
    name: str
    pages: int

names = [f.name for f in fields(BookLine)]
qs = Book.objects.order_by("pages").values(*names)
result = (names, [astuple(BookLine(**r)) for r in qs[:2]], str(qs.query))
