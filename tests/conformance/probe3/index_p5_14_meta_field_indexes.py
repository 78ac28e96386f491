# field flags: db_index, unique, and _meta.indexes/constraints of the shipped models.
from books.models import Book
from blog.models import Entry

result = ([(f.name, f.db_index, f.unique) for f in Book._meta.concrete_fields], Entry._meta.indexes, Entry._meta.unique_together, Book._meta.constraints)
