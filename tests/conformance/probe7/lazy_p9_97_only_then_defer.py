from blog.models import Blog, Entry, Author
qs = Entry.objects.only("headline", "rating").defer("rating")
result = str(qs.query)
