from django.db.models.expressions import RawSQL
from blog.models import Entry
qs = Entry.objects.annotate(score=RawSQL("rating * %s + number_of_comments", (10,))).order_by("-score")[:3]
result = ([(e.id, e.score) for e in qs], str(qs.query))
