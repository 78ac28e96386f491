from blog.models import Author
a = Author(name="Z", email="z@example.com")
result = (a.full_clean(), a.pk)
