# intersection() and difference().
from blog.models import Entry

a = Entry.objects.filter(rating__gte=8).values_list("id", flat=True)
b = Entry.objects.filter(blog_id=2).values_list("id", flat=True)
result = (sorted(a.intersection(b)), len(a.difference(b)))
