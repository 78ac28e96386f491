# Coalesce, Greatest and Least.
from django.db.models.functions import Coalesce, Greatest, Least
from blog.models import Entry

qs = (Entry.objects.annotate(hi=Greatest("number_of_comments", "number_of_pingbacks"),
                             lo=Least("number_of_comments", "number_of_pingbacks", "rating"))
      .order_by("id").values_list("id", "hi", "lo")[:4])
result = list(qs)
