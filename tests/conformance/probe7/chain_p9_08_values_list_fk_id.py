from blog.models import Blog, Entry, Author
qs = Entry.objects.values_list("blog", "blog_id", "blog__id").order_by("id")[:2]
result = (str(qs.query), list(qs))
