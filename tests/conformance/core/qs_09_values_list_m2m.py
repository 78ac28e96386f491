# values_list over a M2M yields one row per link (including None for no link).
from blog.models import Author

result = list(Author.objects.filter(id__in=[7, 8]).order_by("id", "entry__id").values_list("name", "entry__id")[:4])
