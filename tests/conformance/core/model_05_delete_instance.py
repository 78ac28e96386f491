# Model.delete() returns (count, per-model counts) and clears the pk.
from blog.models import Author

a = Author.objects.get(pk=8)
res = a.delete()
result = (res, a.pk, Author.objects.count())
