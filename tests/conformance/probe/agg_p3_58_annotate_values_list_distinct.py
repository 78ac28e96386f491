# annotate() then values_list().distinct().
from django.db.models import Count
from blog.models import Entry

qs = Entry.objects.annotate(n=Count("authors")).values_list("n", flat=True).distinct().order_by("n")
result = list(qs)
