from blog.models import Author
rqs = Author.objects.raw("SELECT id AS author_id, name AS full FROM blog_author ORDER BY id", translations={"author_id": "id", "full": "name"})
a = list(rqs)[:2]
result = [(x.pk, x.name) for x in a]
