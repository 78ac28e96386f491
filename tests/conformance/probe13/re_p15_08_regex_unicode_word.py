# Unicode \w: an author with an accented name, then the search.
from blog.models import Author

Author.objects.create(name="Zoë Ångström", email="zoe@example.com")
result = (list(Author.objects.filter(name__regex=r"^\w+ \w+$").values_list("name", flat=True).order_by("id")),
          list(Author.objects.filter(name__iregex=r"ÅNG").values_list("name", flat=True)))
