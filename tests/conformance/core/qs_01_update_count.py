# QuerySet.update() runs one UPDATE and returns the number of rows.
from blog.models import Entry

n = Entry.objects.filter(blog_id=4).update(rating=1)
result = (n, Entry.objects.filter(rating=1).count())
