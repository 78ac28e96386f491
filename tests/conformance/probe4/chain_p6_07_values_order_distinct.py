from blog.models import Entry
result = list(Entry.objects.values_list("blog__name", flat=True).distinct().order_by("blog__name"))
