# explain() of a query with an __in subquery across a relation.
from blog.models import Blog, Entry

result = Blog.objects.filter(pk__in=Entry.objects.filter(rating=10).values("blog_id")).explain()
