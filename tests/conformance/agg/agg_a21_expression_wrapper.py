# ExpressionWrapper with an explicit output_field.
from django.db.models import ExpressionWrapper, F, FloatField
from blog.models import Entry

qs = (Entry.objects.annotate(ratio=ExpressionWrapper(F("number_of_comments") * 1.0 / (F("number_of_pingbacks") + 1),
                                                     output_field=FloatField()))
      .order_by("id").values_list("id", "ratio")[:3])
result = list(qs)
