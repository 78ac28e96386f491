from blog.models import Blog, Entry, Author
qs = Entry.objects.values_list("pub_date__year", flat=True).distinct().order_by("-pub_date__year")
result = (str(qs.query), list(qs))
