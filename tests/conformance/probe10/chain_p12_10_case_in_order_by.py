from django.db.models import Case, When, Value, IntegerField
from blog.models import Blog
priority = Case(When(name="Python Pulse", then=Value(0)), When(name__startswith="D", then=Value(1)), default=Value(2), output_field=IntegerField())
qs = Blog.objects.order_by(priority, "name")
result = ([b.name for b in qs], str(qs.query))
