# raw() with translations maps query column names onto model fields; extras become attributes.
from blog.models import Author

qs = Author.objects.raw("SELECT id AS pk_id, name AS full_name, 42 AS answer FROM blog_author ORDER BY id",
                        translations={"pk_id": "id", "full_name": "name"})
result = [(a.id, a.name, a.answer) for a in qs][:3]
