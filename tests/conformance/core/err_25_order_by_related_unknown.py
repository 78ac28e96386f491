# order_by with an unknown related field.
from blog.models import Entry

result = list(Entry.objects.order_by("blog__nope"))
