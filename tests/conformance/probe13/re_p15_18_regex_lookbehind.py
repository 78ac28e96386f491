# A lookbehind: an @ preceded by "paul".
from blog.models import Author

result = list(Author.objects.filter(email__regex=r"(?<=paul)@").values_list("email", flat=True))
