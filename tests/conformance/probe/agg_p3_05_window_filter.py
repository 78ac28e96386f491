# Filtering on a window annotation (Django 4.2+ wraps the query in a subquery).
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from blog.models import Entry

qs = (Entry.objects.annotate(rn=Window(RowNumber(), partition_by="blog", order_by=[F("rating").desc(), "id"]))
      .filter(rn=1).order_by("blog_id"))
result = list(qs.values_list("blog_id", "id"))
