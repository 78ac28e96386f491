# Grouping by values() that are later dropped, by an annotation, HAVING with OR, exists() on a grouped query.
from django.db.models import Count, Q
from django.db.models.functions import Lower
from blog.models import Blog
a = list(Blog.objects.values("name").annotate(n=Count("entry")).values("n").order_by("n"))
b = list(Blog.objects.annotate(l=Lower("name")).values("l").annotate(n=Count("entry")).order_by("l"))
c = list(Blog.objects.annotate(n=Count("entry")).filter(Q(n__gt=12) | Q(name="Cheddar Talk")).order_by("id").values_list("id", "n"))
d = Blog.objects.annotate(n=Count("entry")).exists()
result = (a, b, c, d)
