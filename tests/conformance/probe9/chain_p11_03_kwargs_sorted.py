from blog.models import Entry
a = Entry.objects.filter(rating=5, blog_id=1)
b = Entry.objects.filter(blog_id=1, rating=5)
c = Entry.objects.filter(rating=5).filter(blog_id=1)
result = (str(a.query) == str(b.query), str(a.query) == str(c.query), str(a.query), str(c.query))
