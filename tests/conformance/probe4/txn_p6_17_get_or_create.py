from blog.models import Author
a, created = Author.objects.get_or_create(name="Joe", defaults={"email": "new@x.com"})
b, created2 = Author.objects.get_or_create(name="Newbie", defaults={"email": "n@x.com"})
result = (a.email, created, b.pk, created2)
