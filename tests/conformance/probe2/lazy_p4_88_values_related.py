# values() across relations and reverse relations.
from blog.models import Blog

result = list(Blog.objects.filter(pk__in=[1, 5]).values("name", "entry__id").order_by("name", "entry__id")[:3])
