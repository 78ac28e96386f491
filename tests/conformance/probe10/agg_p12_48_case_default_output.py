from django.db.models import Case, When, Value, CharField, IntegerField, Q
from blog.models import Entry
qs = Entry.objects.annotate(
    band=Case(When(rating__gte=8, then=Value("high")), When(rating__gte=5, then=Value("mid")), default=Value("low"), output_field=CharField()),
    score=Case(When(Q(number_of_comments__gt=10) & Q(rating__gt=5), then=2), When(number_of_comments__gt=10, then=1), default=0, output_field=IntegerField()),
).order_by("id")[:6]
result = [(e.id, e.band, e.score) for e in qs]
print(qs.query)
