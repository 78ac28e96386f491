from blog.models import Blog, Entry, Author
from django.db.models.functions import Length
qs = Entry.objects.annotate(bl=Length("blog__name")).values("bl", "blog__name").distinct().order_by("bl", "blog__name")
result = (str(qs.query), list(qs))
