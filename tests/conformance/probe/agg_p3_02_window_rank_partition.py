# Rank() partitioned by blog.
from django.db.models import F, Window
from django.db.models.functions import Rank
from blog.models import Entry

qs = Entry.objects.annotate(r=Window(Rank(), partition_by=[F("blog_id")], order_by=F("rating").desc())).order_by("blog_id", "r", "id")
result = list(qs.values_list("blog_id", "id", "r")[:6])
