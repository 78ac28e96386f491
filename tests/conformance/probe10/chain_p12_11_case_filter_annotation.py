from django.db.models import Case, When, Value, BooleanField
from blog.models import Entry
qs = Entry.objects.annotate(popular=Case(When(number_of_comments__gt=15, then=Value(True)), default=Value(False), output_field=BooleanField())).filter(popular=True).order_by("id")
result = ([e.id for e in qs], str(qs.query))
