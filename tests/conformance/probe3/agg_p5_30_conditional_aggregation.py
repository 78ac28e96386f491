# conditional aggregation: Sum(Case(When(...))) and Count(filter=).
from django.db.models import Case, Count, IntegerField, Q, Sum, When
from blog.models import Entry

result = Entry.objects.aggregate(
    high=Sum(Case(When(rating__gte=8, then=1), default=0, output_field=IntegerField())),
    low=Count("pk", filter=Q(rating__lt=3)),
    total=Count("pk"),
)
