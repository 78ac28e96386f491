from django.db.models import F, ExpressionWrapper, IntegerField
from blog.models import Entry
qs = Entry.objects.annotate(activity=ExpressionWrapper(F("number_of_comments") * 2 + F("number_of_pingbacks"), output_field=IntegerField())).order_by("-activity", "id")[:3]
result = ([(e.id, e.activity) for e in qs], str(qs.query))
