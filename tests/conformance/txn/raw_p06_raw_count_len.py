from blog.models import Author
qs = Author.objects.raw("SELECT * FROM blog_author")
result = (len(qs), bool(qs), qs[2].name, type(qs).__name__)
