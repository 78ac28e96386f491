# values() of two fields then annotate: grouping on both.
from django.db.models import Count, Sum
from blog.models import Entry

result = list(Entry.objects.filter(rating__gte=8).values("blog__name", "rating")
              .annotate(n=Count("id"), c=Sum("number_of_comments")).order_by("blog__name", "-rating"))
