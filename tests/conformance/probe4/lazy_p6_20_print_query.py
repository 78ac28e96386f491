from blog.models import Entry
qs = Entry.objects.filter(rating__gt=5).select_related("blog").order_by("-pub_date")
print(qs.query)
result = str(qs.query).split(" FROM ")[1]
