# aggregate() with filter= on several aggregates.
from django.db.models import Count, Sum, Q
from blog.models import Entry

result = Entry.objects.aggregate(high=Count("id", filter=Q(rating__gt=7)),
                                 low=Count("id", filter=Q(rating__lte=3)),
                                 s=Sum("rating", filter=Q(blog_id=1)))
