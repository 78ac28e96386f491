from django.db.models import Case, When, Value
from blog.models import Entry
qs = Entry.objects.annotate(flag=Case(When(rating=10, then=Value(True)))).order_by("id").values_list("flag", flat=True)[:12]
result = list(qs)
