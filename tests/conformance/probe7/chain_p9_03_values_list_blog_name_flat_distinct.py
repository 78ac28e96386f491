from blog.models import Blog, Entry, Author
qs = Entry.objects.values_list("blog__name", flat=True).distinct()
result = (str(qs.query), sorted(qs))
