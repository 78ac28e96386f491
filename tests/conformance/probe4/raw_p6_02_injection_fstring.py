from blog.models import Author
name = "x' OR '1'='1"
rows = list(Author.objects.raw(f"SELECT * FROM blog_author WHERE name = '{name}'"))
safe = list(Author.objects.raw("SELECT * FROM blog_author WHERE name = %s", [name]))
result = (len(rows), len(safe))
