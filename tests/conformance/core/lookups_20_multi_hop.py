# Several hops: Author -> Entry -> Blog.
from blog.models import Author

result = list(Author.objects.filter(entry__blog__name="Cheddar Talk").distinct().order_by("id").values_list("name", flat=True))
