from blog.models import Entry
a = Entry.objects.filter(rating=10) | Entry.objects.filter(blog_id=4)
b = Entry.objects.filter(rating=10) & Entry.objects.filter(blog_id=4)
result = (str(a.query), str(b.query), a.count(), b.count())
