from django.db.models import Avg
from blog.models import Blog
qs = Blog.objects.annotate(avg=Avg("entry__rating")).filter(avg__gte=5).order_by("-avg")
result = [(b.name, round(b.avg, 3)) for b in qs]
