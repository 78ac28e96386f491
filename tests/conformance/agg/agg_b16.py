# Case/When with Q and F() as a boolean annotation used in filter().
from django.db.models import Q, F, When, Case, Value, BooleanField
from blog.models import Entry
qs = Entry.objects.annotate(hot=Case(When(Q(number_of_comments__gt=F("number_of_pingbacks") * 2), then=Value(True)), default=Value(False), output_field=BooleanField()))
result = (qs.filter(hot=True).count(), list(qs.order_by("id").values_list("id", "hot")[:3]))
