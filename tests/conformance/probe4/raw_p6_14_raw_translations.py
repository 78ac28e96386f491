from blog.models import Author
rows = Author.objects.raw("SELECT id AS pk_alias, name AS who, email FROM blog_author WHERE id < 3 ORDER BY id", translations={"pk_alias": "id", "who": "name"})
result = [(a.id, a.name) for a in rows]
