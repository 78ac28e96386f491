# raw() with params, translations and extra computed column together.
from books.models import Author

rows = Author.objects.raw("SELECT id AS ident, name, age, age * %s AS doubled FROM books_author WHERE age > %s ORDER BY id", [2, 40], translations={"ident": "id"})
result = [(a.pk, a.name, a.doubled) for a in rows]
