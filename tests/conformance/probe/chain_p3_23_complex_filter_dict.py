# complex_filter() with a dict and with a Q.
from django.db.models import Q
from blog.models import Entry

result = (Entry.objects.complex_filter({"rating": 10, "blog_id": 2}).count(),
          Entry.objects.complex_filter(Q(rating=10) | Q(rating=1)).count())
