# aggregate() with filter= and default= together.
from django.db.models import Q, Sum, Avg
from blog.models import Entry

result = Entry.objects.aggregate(s=Sum("rating", filter=Q(rating__gt=100), default=0),
                                 a=Avg("rating", filter=Q(blog_id=5), default=0.0),
                                 t=Sum("rating", filter=Q(blog_id=1)))
