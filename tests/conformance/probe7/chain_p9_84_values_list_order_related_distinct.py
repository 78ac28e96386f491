from blog.models import Blog, Entry, Author
qs = Entry.objects.values_list("headline", flat=True).order_by("blog__name").distinct()
result = (str(qs.query), len(list(qs)))
