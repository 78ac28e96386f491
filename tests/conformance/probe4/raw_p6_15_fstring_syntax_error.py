from blog.models import Author
name = "O'Brien"
try:
    list(Author.objects.raw(f"SELECT * FROM blog_author WHERE name = '{name}'"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
