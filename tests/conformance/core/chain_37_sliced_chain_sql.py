# str(query) of a full chain with LIMIT/OFFSET.
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(headline__startswith="Why") | Q(rating__gte=9)).exclude(blog__name="Empty Blog").order_by("-pub_date")[2:7]
result = (str(qs.query), [e.id for e in qs])
