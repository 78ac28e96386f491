# count() across two joins.
from blog.models import Author

result = Author.objects.filter(entry__blog__name="Beatles Blog", entry__rating__gte=7).count()
