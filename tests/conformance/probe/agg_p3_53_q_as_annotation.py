# A Q object used directly as a boolean annotation, and ExpressionWrapper(Q) with BooleanField.
from django.db.models import BooleanField, ExpressionWrapper, Q
from blog.models import Entry

qs = Entry.objects.filter(pk__lte=3).annotate(hi=Q(rating__gte=5), hi2=ExpressionWrapper(Q(rating__gte=5), output_field=BooleanField())).order_by("id")
result = list(qs.values_list("id", "hi", "hi2"))
