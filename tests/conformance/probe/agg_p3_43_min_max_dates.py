# Min/Max of a DateField per blog come back as dates.
from django.db.models import Max, Min
from blog.models import Blog

result = list(Blog.objects.annotate(first=Min("entry__pub_date"), last=Max("entry__pub_date")).order_by("id").values_list("id", "first", "last"))
