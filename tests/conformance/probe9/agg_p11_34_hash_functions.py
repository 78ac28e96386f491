from django.db.models.functions import MD5, SHA1, SHA256
from blog.models import Author
a = Author.objects.annotate(md5=MD5("name"), sha1=SHA1("name"), sha256=SHA256("email")).get(pk=1)
result = (a.md5, a.sha1, a.sha256[:16], str(Author.objects.annotate(h=SHA256("name")).query))
