from blog.models import Author
print(Author.objects.filter(pk=3).explain())
print(Author.objects.filter(email__endswith=".org").explain())
