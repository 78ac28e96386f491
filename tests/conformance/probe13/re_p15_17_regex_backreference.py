# A backreference in the pattern: a doubled letter.
from blog.models import Author

result = list(Author.objects.filter(name__regex=r"(\w)\1").values_list("name", flat=True).order_by("id"))
