# Conditional aggregation with Sum(Case(When(...))).
from django.db.models import Sum, Case, When, IntegerField, Value
from blog.models import Blog

qs = (Blog.objects.annotate(good=Sum(Case(When(entry__rating__gte=7, then=Value(1)), default=Value(0),
                                          output_field=IntegerField())))
      .order_by("id").values_list("name", "good"))
result = list(qs)
