from blog.models import Entry
a = Entry.objects.exclude(rating=5, blog_id=1)
b = Entry.objects.exclude(rating=5).exclude(blog_id=1)
result = (str(a.query), str(b.query), a.count(), b.count())
