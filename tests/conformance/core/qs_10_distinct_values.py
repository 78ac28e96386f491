# distinct() on a values_list.
from blog.models import Entry

result = list(Entry.objects.values_list("blog_id", flat=True).distinct().order_by("blog_id"))
