from blog.models import Entry
qs = Entry.objects.select_related("blog").filter(pk=3).values("headline", "blog__name")
result = (str(qs.query), list(qs))
