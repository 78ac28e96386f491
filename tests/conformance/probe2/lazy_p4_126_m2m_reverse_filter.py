# author.entry_set.filter() on the reverse M2M.
from blog.models import Author

a = Author.objects.get(pk=1)
result = (a.entry_set.filter(rating__gte=7).count(), list(a.entry_set.order_by("id").values_list("id", flat=True)[:3]))
