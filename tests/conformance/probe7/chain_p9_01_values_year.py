from blog.models import Blog, Entry, Author
qs = Entry.objects.values("pub_date__year").order_by("pub_date__year")
result = (str(qs.query), list(qs))
