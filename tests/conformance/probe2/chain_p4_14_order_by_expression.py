# order_by with Lower() and arithmetic.
from django.db.models import F
from django.db.models.functions import Lower, Length
from blog.models import Entry

a = Entry.objects.order_by(Lower("headline").desc(), "id")
b = Entry.objects.order_by(Length("headline"), (F("rating") * -1), "id")
result = (str(a.query), str(b.query), list(a.values_list("id", flat=True)[:3]), list(b.values_list("id", flat=True)[:3]))
