# Two multi-valued annotations on Blog multiply rows; distinct fixes the count.
from django.db.models import Count
from blog.models import Blog

wrong = list(Blog.objects.annotate(e=Count("entry"), a=Count("entry__authors")).order_by("id").values_list("id", "e", "a"))
right = list(Blog.objects.annotate(e=Count("entry", distinct=True), a=Count("entry__authors", distinct=True)).order_by("id").values_list("id", "e", "a"))
result = (wrong, right)
