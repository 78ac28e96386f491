# F() arithmetic in annotate() and order_by().
from django.db.models import F
from blog.models import Entry

qs = (Entry.objects.annotate(score=F("number_of_comments") + F("number_of_pingbacks") * 2)
      .order_by("-score", "id").values_list("id", "score")[:5])
result = list(qs)
