# Random() compiles to RANDOM(); only the SQL is shown.
from django.db.models.functions import Random
from blog.models import Blog

result = str(Blog.objects.annotate(r=Random()).order_by("r").query)
