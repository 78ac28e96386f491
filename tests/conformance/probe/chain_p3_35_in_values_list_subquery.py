# headline__in with a values() subquery, and pk__in with values_list(flat=True).
from blog.models import Blog, Entry

a = Entry.objects.filter(headline__in=Entry.objects.filter(rating=10).values("headline")).count()
b = Blog.objects.filter(pk__in=Entry.objects.filter(rating=1).values_list("blog_id", flat=True)).count()
result = (a, b)
