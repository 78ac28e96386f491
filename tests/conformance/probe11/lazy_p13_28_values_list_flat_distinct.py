# values_list(flat=True) with distinct() and ordering.
from blog.models import Entry

result = list(Entry.objects.filter(rating__gte=8).order_by("blog_id").values_list("blog_id", flat=True).distinct())
