# Value() annotations and arithmetic with constants.
from django.db.models import Value, F, IntegerField
from blog.models import Blog

result = list(Blog.objects.annotate(one=Value(1, output_field=IntegerField()), twice=F("id") * 2)
              .order_by("id").values_list("id", "one", "twice"))
