# Window(RowNumber()) ordered by rating: a per-row number.
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from blog.models import Entry

qs = Entry.objects.filter(blog_id=1).annotate(rn=Window(RowNumber(), order_by=[F("rating").desc(), "id"])).order_by("rn")
result = list(qs.values_list("id", "rating", "rn")[:5])
