# Mistakes in a chain and Django's messages for them.
from blog.models import Entry
from django.core.exceptions import FieldError
for kwargs in ({"rating__foo": 1}, {"blog__nme": "x"}, {"headline__year": 2020}, {"pub_date__year__foo": 1},
               {"authors__name__startswith": None}, {"rating__in": 5}, {"pk__range": (1,)}):
    try:
        print(Entry.objects.filter(**kwargs).count())
    except Exception as e:
        print(type(e).__name__, e)
try:
    Entry.objects.order_by("nope")
    print(list(Entry.objects.order_by("nope")[:1]))
except FieldError as e:
    print("order_by:", e)
try:
    Entry.objects.values("nope")
except FieldError as e:
    print("values:", e)
result = None
