# Span a reverse FK (duplicates possible).
from blog.models import Blog

result = list(Blog.objects.filter(entry__headline__contains="Lennon").order_by("id").values_list("id", flat=True))
