from blog.models import Entry
print(Entry.objects.filter(pk=1).values("pub_date", "mod_date")[0])
result = list(Entry.objects.filter(pk__in=[1, 2]).values_list("pub_date", flat=True).order_by("id"))
