from django.db.models import Sum, Count
from blog.models import Entry
result = (Entry.objects.filter(blog_id=5).aggregate(total=Sum("rating")), Entry.objects.filter(blog_id=5).aggregate(n=Count("id")))
