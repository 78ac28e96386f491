# string formatting breaks out of the quotes; params do not.
from blog.models import Author

evil = "x' OR '1'='1"
bad = len(list(Author.objects.raw("SELECT * FROM blog_author WHERE name = '%s'" % evil)))
good = len(list(Author.objects.raw("SELECT * FROM blog_author WHERE name = %s", [evil])))
result = (bad, good)
