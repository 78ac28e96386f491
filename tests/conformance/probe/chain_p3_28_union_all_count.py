# union(all=True) keeps duplicates; count() wraps it in a subquery.
from blog.models import Entry

a = Entry.objects.filter(blog_id=1)
result = (a.union(a).count(), a.union(a, all=True).count())
