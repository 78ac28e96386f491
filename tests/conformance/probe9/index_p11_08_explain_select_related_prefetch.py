from blog.models import Entry
a = Entry.objects.select_related("blog").filter(rating=10).explain()
b = Entry.objects.prefetch_related("authors").filter(rating=10).explain()
result = (a, b)
