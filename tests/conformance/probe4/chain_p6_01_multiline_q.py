from django.db.models import Q
from blog.models import Entry
qs = (
    Entry.objects
    .filter(Q(rating__gte=9) | Q(number_of_comments__gt=40))
    .exclude(blog__name="Cheddar Talk")
    .order_by("-rating", "id")
    .values_list("id", "rating")
)
result = (list(qs[:5]), str(qs.query))
