from blog.models import Blog, Entry, Author
qs = Entry.objects.values("pub_date__month", "pub_date__year").order_by("pub_date__year", "pub_date__month").distinct()
result = (str(qs.query), list(qs))
