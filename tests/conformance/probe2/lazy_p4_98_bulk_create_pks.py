# bulk_create() sets pks on SQLite (RETURNING).
from blog.models import Author

objs = Author.objects.bulk_create([Author(name="x1", email="a@a.a"), Author(name="x2", email="b@b.b")])
result = [o.pk for o in objs]
