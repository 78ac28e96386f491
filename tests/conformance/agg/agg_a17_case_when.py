# Case/When in annotate(): a label per row.
from django.db.models import Case, When, Value, CharField
from blog.models import Entry

qs = (Entry.objects.annotate(grade=Case(When(rating__gte=8, then=Value("high")),
                                        When(rating__gte=4, then=Value("mid")),
                                        default=Value("low"), output_field=CharField()))
      .order_by("id").values_list("id", "rating", "grade")[:6])
result = list(qs)
