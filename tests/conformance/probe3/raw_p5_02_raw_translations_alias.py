# translations map other column names.
from blog.models import Author

rows = Author.objects.raw("SELECT id AS pk_, name AS who, email AS mail FROM blog_author ORDER BY id", translations={"pk_": "id", "who": "name", "mail": "email"})
result = [(a.pk, a.name, a.email) for a in rows][:3]
