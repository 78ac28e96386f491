from django.db.models import F
from django.db.models.functions import Length
from blog.models import Blog
qs = Blog.objects.order_by(Length("name").desc(), "-id")
r = [b.name for b in qs]
qs2 = Blog.objects.order_by((F("id") * -1).asc())
result = (r, [b.id for b in qs2], str(qs2.query))
