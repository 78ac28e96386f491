from blog.models import Blog, Entry, Author
from django.db.models import Sum
qs = Blog.objects.annotate(s=Sum("entry__number_of_comments", default=0)).order_by("id")
result = (str(qs.query), [(b.id, b.s) for b in qs])
