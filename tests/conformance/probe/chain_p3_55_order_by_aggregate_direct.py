# order_by() an aggregate expression directly (no annotate): Django groups by the model.
from django.db.models import Count
from blog.models import Blog

qs = Blog.objects.order_by(Count("entry").desc(), "id")
result = ([b.id for b in qs], str(qs.query))
