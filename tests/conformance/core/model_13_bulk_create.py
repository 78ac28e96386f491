# bulk_create() inserts many rows in one statement (with RETURNING on SQLite).
from blog.models import Author

objs = Author.objects.bulk_create([Author(name="A%d" % i, email="a%d@x.org" % i) for i in range(3)])
result = ([a.pk for a in objs], Author.objects.count())
