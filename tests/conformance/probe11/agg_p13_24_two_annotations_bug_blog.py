# Two multi-valued annotations on Blog multiply each other; distinct=True fixes Count, not Sum.
from django.db.models import Count, Sum
from blog.models import Blog

wrong = list(Blog.objects.annotate(n=Count("entry"), a=Count("entry__authors"), s=Sum("entry__rating"))
             .order_by("id").values_list("id", "n", "a", "s"))
right = list(Blog.objects.annotate(n=Count("entry", distinct=True), a=Count("entry__authors", distinct=True))
             .order_by("id").values_list("id", "n", "a"))
result = (wrong, right)
