from blog.models import Author
rqs = Author.objects.raw("SELECT id AS pk_col, name AS who, email AS mail FROM blog_author WHERE id < %s ORDER BY id", [3], translations={"pk_col": "id", "who": "name", "mail": "email"})
result = ([(a.pk, a.name, a.email) for a in rqs], rqs.columns)
