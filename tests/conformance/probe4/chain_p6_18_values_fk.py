from blog.models import Entry
result = list(Entry.objects.filter(pk__in=[1, 2]).order_by("id").values("id", "blog", "blog__name"))
