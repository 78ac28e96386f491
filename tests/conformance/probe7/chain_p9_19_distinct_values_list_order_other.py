from blog.models import Blog, Entry, Author
qs = Entry.objects.values_list("blog_id", flat=True).distinct().order_by("pub_date")
result = (str(qs.query), list(qs))
