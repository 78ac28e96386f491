# raw() with translations and a dict of params.
from blog.models import Author

rs = Author.objects.raw("SELECT id AS pk_, name AS full_name FROM blog_author WHERE id < %(n)s ORDER BY id",
                        params={"n": 3}, translations={"pk_": "id", "full_name": "name"})
result = [(a.id, a.name) for a in rs]
