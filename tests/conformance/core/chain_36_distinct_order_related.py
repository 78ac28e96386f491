# distinct() with ordering by a related field.
from blog.models import Author

result = list(Author.objects.filter(entry__rating=10).distinct().order_by("name").values_list("name", flat=True))
